/**
 * Training days and events, dated relative to the day the seed runs (some past, most upcoming),
 * so the demo always has events to book and an archive. Times are UK wall-clock times.
 * Booking links use example.org.
 */
import type { ResourceSlug, Translations } from './types';

export type EventText = { title: string; summary: string; body: string; audience: string; price: string };

export type SeedEvent = {
  slug: string;
  /** Days after the seed day (negative: before); the event's UK start and end times that day. */
  day: number;
  starts: string;
  ends: string;
  /** How many days the event lasts (1 when absent). */
  days?: number;
  attendance: 'in_person' | 'online';
  venue?: { name: string; address: string };
  bookingUrl?: string;
  fullyBooked?: boolean;
  cpd: boolean;
  relatedResources: ResourceSlug[];
  text: Translations<EventText>;
};

export const EVENTS: SeedEvent[] = [
  {
    slug: 'webinar-the-border-security-bill-and-children',
    day: 9,
    starts: '13:00',
    ends: '14:30',
    attendance: 'online',
    bookingUrl: 'https://example.org/events/border-security-bill-webinar',
    cpd: true,
    relatedResources: ['border-security-bill-childrens-briefing'],
    text: {
      en: {
        title: 'Webinar: the Border Security Bill and children',
        summary:
          'What the Bill changes for separated children, and what lawyers and social workers can do now. 90 minutes, with time for questions.',
        body: `Our policy and legal teams explain what the Border Security, Asylum and Immigration Bill means for children who arrive alone, and for the professionals who support them.

## What we will cover
- The Bill's main changes, in plain words
- Age assessment and the risk of children being treated as adults
- What you can do now for the young people you work with

The session is recorded. Everyone who books gets the slides and our briefing.`,
        audience: 'Lawyers, social workers and anyone supporting separated children',
        price: 'Free',
      },
    },
  },
  {
    slug: 'know-your-rights-online-session-for-young-people',
    day: 14,
    starts: '17:00',
    ends: '18:00',
    attendance: 'online',
    bookingUrl: 'https://example.org/events/know-your-rights',
    cpd: false,
    relatedResources: ['your-asylum-interview-what-to-expect', 'whos-who-the-professionals-you-will-meet'],
    text: {
      en: {
        title: 'Know your rights: an online session for young people',
        summary:
          'A friendly hour with our lawyers about your asylum claim, your interview and who can help you. Ask anything: you do not have to give your name.',
        body: `This session is for young people aged 14 to 25 who have come to the UK alone.

## What happens
- Our lawyers explain the asylum process step by step
- You can ask questions in the chat, without giving your name
- Interpreters for Arabic, Farsi and Albanian are there to help

Your camera can stay off. Nobody from the Home Office is at this session.`,
        audience: 'Young people aged 14 to 25',
        price: 'Free',
      },
      ar: {
        title: 'اعرف حقوقك: جلسة عبر الإنترنت للشباب',
        summary:
          'ساعة ودية مع محامينا عن طلب اللجوء والمقابلة ومن يمكنه مساعدتك. اسأل عن أي شيء: لا يلزمك ذكر اسمك.',
        body: `هذه الجلسة للشباب من عمر 14 إلى 25 عامًا الذين جاؤوا إلى المملكة المتحدة وحدهم.

## ماذا يحدث
- يشرح محامونا إجراءات اللجوء خطوة بخطوة
- يمكنك طرح الأسئلة في الدردشة دون ذكر اسمك
- يوجد مترجمون للعربية والفارسية والألبانية

يمكنك إبقاء الكاميرا مغلقة. لا أحد من وزارة الداخلية يحضر هذه الجلسة.`,
        audience: 'الشباب من عمر 14 إلى 25 عامًا',
        price: 'مجانًا',
      },
      fa: {
        title: 'حقوق خود را بدانید: جلسه آنلاین برای جوانان',
        summary:
          'یک ساعت دوستانه با وکلای ما درباره درخواست پناهندگی، مصاحبه و کسانی که می‌توانند کمکتان کنند. هر سؤالی بپرسید: لازم نیست نامتان را بگویید.',
        body: `این جلسه برای جوانان ۱۴ تا ۲۵ ساله است که تنها به بریتانیا آمده‌اند.

## چه اتفاقی می‌افتد
- وکلای ما روند پناهندگی را قدم به قدم توضیح می‌دهند
- می‌توانید بدون گفتن نامتان در چت سؤال بپرسید
- مترجم عربی، فارسی و آلبانیایی حضور دارد

دوربین شما می‌تواند خاموش بماند. هیچ‌کس از وزارت کشور در این جلسه نیست.`,
        audience: 'جوانان ۱۴ تا ۲۵ ساله',
        price: 'رایگان',
      },
      sq: {
        title: 'Njih të drejtat e tua: seancë online për të rinjtë',
        summary:
          'Një orë miqësore me avokatët tanë për kërkesën tënde për azil, intervistën dhe kush mund të të ndihmojë. Pyet çfarëdo: nuk ke nevojë të thuash emrin.',
        body: `Kjo seancë është për të rinjtë 14 deri në 25 vjeç që kanë ardhur vetëm në Mbretërinë e Bashkuar.

## Çfarë ndodh
- Avokatët tanë shpjegojnë procesin e azilit hap pas hapi
- Mund të bësh pyetje në chat pa dhënë emrin
- Ka përkthyes për arabisht, farsi dhe shqip

Kamera jote mund të qëndrojë e fikur. Askush nga Ministria e Brendshme nuk është në këtë seancë.`,
        audience: 'Të rinjtë 14 deri në 25 vjeç',
        price: 'Falas',
      },
    },
  },
  {
    slug: 'age-assessments-training-day-for-social-workers',
    day: 21,
    starts: '09:30',
    ends: '16:30',
    attendance: 'in_person',
    venue: { name: 'Resource for London', address: '356 Holloway Road, London N7 6PA' },
    bookingUrl: 'https://example.org/training/age-assessments',
    cpd: true,
    relatedResources: ['age-disputes-fact-sheet'],
    text: {
      en: {
        title: 'Age assessments: a training day for social workers',
        summary:
          'A practical day on lawful, fair age assessments: the case law, the guidance and how to give the young person the benefit of the doubt. 6 CPD hours.',
        body: `Age assessments decide whether a young person is supported as a child or treated as an adult. Getting them wrong puts children in adult accommodation and detention.

## The day
- The law: Merton, the Court of Appeal's guidance and what has changed since
- Running an assessment: preparation, an appropriate adult, interpreters
- Case studies from our age dispute work

Lunch and refreshments are included. The venue has step-free access and a hearing loop.`,
        audience: "Social workers and children's services managers",
        price: '£60 (£40 for charities and local authorities)',
      },
    },
  },
  {
    slug: 'supporting-refugee-and-migrant-pupils-training-for-schools',
    day: 35,
    starts: '09:30',
    ends: '15:30',
    attendance: 'in_person',
    venue: { name: 'The Friends Meeting House', address: '6 Mount Street, Manchester M2 5NS' },
    fullyBooked: true,
    cpd: true,
    relatedResources: ['supporting-refugee-and-migrant-pupils-training-pack'],
    text: {
      en: {
        title: 'Supporting refugee and migrant pupils: training for schools',
        summary:
          "A day for teachers and school staff on pupils' immigration status, school admissions and helping pupils who are waiting for a decision.",
        body: `Schools are often the first to notice that a pupil's immigration status is holding them back.

## You will learn
- Every child's right to a school place, whatever their status
- The signs that a pupil needs legal advice, and where to refer them
- How to support a pupil through a long wait for a decision

This day is fully booked. Join our newsletter to hear about the next one.`,
        audience: 'Teachers, designated safeguarding leads and school staff',
        price: '£45',
      },
    },
  },
  {
    slug: 'immigration-basics-for-foster-carers-evening-session',
    day: 60,
    starts: '18:30',
    ends: '20:30',
    attendance: 'online',
    bookingUrl: 'https://example.org/events/foster-carers-evening',
    cpd: false,
    relatedResources: ['immigration-basics-for-foster-carers', 'turning-18-leaving-care-and-your-status'],
    text: {
      en: {
        title: 'Immigration basics for foster carers: an evening session',
        summary:
          "Two hours on what foster carers need to know about a child's immigration case, in the evening so carers can join after school.",
        body: `Foster carers are often the adults who know a child best, and the ones they ask about their case.

## We will talk about
- The main kinds of immigration status, and what they mean day to day
- Turning 18: leaving care and applying in time
- How to support a child before an interview or a hearing`,
        audience: 'Foster carers and supervising social workers',
        price: 'Free',
      },
    },
  },
  {
    slug: 'representing-young-albanian-asylum-seekers-workshop',
    day: -30,
    starts: '10:00',
    ends: '16:00',
    attendance: 'in_person',
    venue: { name: 'Impact Hub Birmingham', address: '58 Oxford Street, Digbeth, Birmingham B5 5NR' },
    bookingUrl: 'https://example.org/training/albanian-asylum-workshop',
    cpd: true,
    relatedResources: ['representing-young-albanian-asylum-seekers'],
    text: {
      en: {
        title: 'Representing young Albanian asylum seekers: a workshop for practitioners',
        summary:
          'A workshop with Shpresa Programme on trafficking, credibility and building trust with young Albanian clients.',
        body: `Run with our partners at Shpresa Programme, this workshop brings together what we have learned from Breaking the Chains.

## The workshop
- Trafficking indicators and the National Referral Mechanism
- Credibility findings and how to challenge them
- Working with interpreters and community organisations`,
        audience: 'Immigration lawyers and caseworkers',
        price: '£75 (£50 for charities)',
      },
    },
  },
  {
    slug: 'annual-conference-children-first-migrants-second',
    day: -120,
    days: 2,
    starts: '09:30',
    ends: '17:00',
    attendance: 'in_person',
    venue: { name: 'Conway Hall', address: '25 Red Lion Square, London WC1R 4RL' },
    bookingUrl: 'https://example.org/events/annual-conference',
    cpd: true,
    relatedResources: ['without-papers-undocumented-children-report'],
    text: {
      en: {
        title: 'Annual conference: children first, migrants second',
        summary:
          'Two days of talks and workshops with young people, lawyers, social workers and policy makers.',
        body: `Our annual conference puts children's voices at the centre of the conversation about immigration.

## Highlights
- A keynote from our youth advisory panel
- Workshops on age disputes, family reunion and leaving care
- The launch of our report on undocumented children`,
        audience: 'Everyone who works with migrant children and young people',
        price: '£120 for both days (bursaries available)',
      },
    },
  },
];
