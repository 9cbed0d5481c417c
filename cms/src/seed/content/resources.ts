/**
 * Demo resources: every resource type, audience and file language. Two guides hold the same
 * guide in three languages; one resource only links elsewhere; one is superseded by a newer one
 * (the newer one is listed first, so it exists when the older one points to it).
 */
import { ADVICE_LINE } from './organisation';
import type { SeedResource } from './types';

export const RESOURCES: SeedResource[] = [
  {
    slug: 'whos-who-the-professionals-you-will-meet',
    type: 'guide',
    audiences: ['young-people', 'social-workers-and-professionals'],
    topics: ['asylum'],
    files: ['en', 'ar', 'fa'],
    featured: true,
    lastReviewed: { daysAgo: 12 },
    nextReview: { daysAhead: 353 },
    text: {
      en: {
        title: 'Who’s who: the professionals you will meet',
        summary:
          'A short guide for young people about the people you meet when you ask for asylum, what each of them does, and how they can help you.',
        description: `When you arrive in the UK on your own, lots of new people come into your life. This guide explains who they are and what they do.

## Inside the guide
- Your **social worker**, who makes sure you are safe and have somewhere to live
- Your **solicitor**, who is your lawyer and helps with your asylum claim
- Your **independent advocate**, who speaks up for you
- The **Home Office**, who decide your claim
- **Interpreters**, who help you understand and be understood

The guide is free. You can read it in English, Arabic or Farsi.`,
      },
      ar: {
        title: 'من هو من: المهنيون الذين ستقابلهم',
        summary:
          'دليل قصير للشباب عن الأشخاص الذين تقابلهم عندما تطلب اللجوء، وما يفعله كل واحد منهم، وكيف يمكنه مساعدتك.',
        description: `عندما تصل إلى المملكة المتحدة وحدك، يدخل حياتك أشخاص جدد كثيرون. يشرح هذا الدليل من هم وماذا يفعلون.

## ماذا يوجد في الدليل
- **الأخصائي الاجتماعي**، الذي يتأكد من أنك في أمان ولديك مكان تعيش فيه
- **المحامي**، الذي يساعدك في طلب اللجوء
- **المناصر المستقل**، الذي يتحدث نيابةً عنك ويدافع عن حقوقك
- **وزارة الداخلية**، وهي الجهة التي تقرر في طلبك
- **المترجمون الفوريون**، الذين يساعدونك على أن تفهم الآخرين وأن يفهموك

الدليل مجاني. يمكنك قراءته بالإنجليزية أو العربية أو الفارسية.`,
      },
      fa: {
        title: 'چه کسی چه کاره است: متخصصانی که با آن‌ها آشنا می‌شوید',
        summary:
          'راهنمایی کوتاه برای نوجوانان درباره‌ی کسانی که هنگام درخواست پناهندگی با آن‌ها روبه‌رو می‌شوید، کار هر کدام، و اینکه چطور می‌توانند به شما کمک کنند.',
        description: `وقتی تنها به بریتانیا می‌رسید، آدم‌های تازه‌ی زیادی وارد زندگی‌تان می‌شوند. این راهنما توضیح می‌دهد آن‌ها چه کسانی هستند و چه کاری انجام می‌دهند.

## در این راهنما
- **مددکار اجتماعی**، که مطمئن می‌شود شما در امان هستید و جایی برای زندگی دارید
- **وکیل**، که در پرونده‌ی پناهندگی به شما کمک می‌کند
- **مدافع مستقل**، که از طرف شما حرف می‌زند
- **وزارت کشور (هوم آفیس)**، که درباره‌ی درخواست شما تصمیم می‌گیرد
- **مترجم‌ها**، که کمک می‌کنند شما حرف دیگران را بفهمید و دیگران هم حرف شما را بفهمند

این راهنما رایگان است. می‌توانید آن را به انگلیسی، عربی یا فارسی بخوانید.`,
      },
    },
  },
  {
    slug: 'your-asylum-interview-what-to-expect',
    type: 'guide',
    audiences: ['young-people', 'foster-carers'],
    topics: ['asylum'],
    files: ['en', 'sq', 'ar'],
    featured: true,
    lastReviewed: { daysAgo: 60 },
    nextReview: { daysAhead: 305 },
    text: {
      en: {
        title: 'Your asylum interview: what to expect',
        summary:
          'What happens at your asylum interview, who will be in the room, and how to get ready with your solicitor.',
        description: `Your asylum interview is when the Home Office asks you why you left your country and why you are afraid to go back.

## Before the interview
- Meet your solicitor. They should help you get ready.
- You can ask for an interpreter who speaks your language, and say if you want a man or a woman.
- If you are under 18, an adult you trust must come with you.

## On the day
1. Take your letter and any papers the Home Office asked for.
2. Tell the interviewer if you do not understand a question or the interpreter.
3. Ask for a break if you need one. That is allowed.

You can read this guide in English, Albanian or Arabic.`,
      },
      ar: {
        title: 'مقابلة اللجوء: ماذا تتوقع',
        summary: 'ماذا يحدث في مقابلة اللجوء، ومن سيكون في الغرفة، وكيف تستعد لها مع محاميك.',
        description: `مقابلة اللجوء هي الموعد الذي تسألك فيه وزارة الداخلية عن سبب مغادرتك لبلدك وسبب خوفك من العودة إليه.

## قبل المقابلة
- قابل محاميك. عليه أن يساعدك على الاستعداد.
- يمكنك أن تطلب مترجماً يتحدث لغتك، وأن تقول إن كنت تفضّل رجلاً أو امرأة.
- إذا كان عمرك أقل من 18 سنة، يجب أن يحضر معك شخص بالغ تثق به.

## في يوم المقابلة
1. خذ معك الرسالة وأي أوراق طلبتها منك وزارة الداخلية.
2. أخبر الشخص الذي يجري المقابلة إذا لم تفهم سؤالاً أو لم تفهم المترجم.
3. اطلب استراحة إذا احتجت إليها. هذا مسموح.

يمكنك قراءة هذا الدليل بالإنجليزية أو الألبانية أو العربية.`,
      },
    },
  },
  {
    slug: 'representing-young-albanian-asylum-seekers',
    type: 'toolkit',
    audiences: ['lawyers'],
    topics: ['asylum', 'trafficking-and-modern-slavery'],
    files: ['en', 'sq'],
    featured: false,
    lastReviewed: { daysAgo: 150 },
    nextReview: { daysAhead: 215 },
    text: {
      en: {
        title: 'Representing young Albanian asylum seekers: a toolkit for lawyers',
        summary:
          'Practical notes for legal representatives working with Albanian children and young people, drawn from the Breaking the Chains project.',
        description: `This toolkit comes from our work with Shpresa Programme in the Breaking the Chains project. It helps lawyers build trust with young Albanian clients and present their claims fully and fairly.

## What it covers
- Trafficking, blood feuds and the other risks young people describe
- Working well with interpreters and community organisations
- Evidence of risk on return, and how to use country information
- Referrals to the National Referral Mechanism
- Looking after your client, and yourself, during hard conversations`,
      },
    },
  },
  {
    slug: 'age-disputes-fact-sheet',
    type: 'fact_sheet',
    audiences: ['social-workers-and-professionals', 'lawyers'],
    topics: ['age-disputes'],
    files: ['en'],
    featured: true,
    lastReviewed: { daysAgo: 20 },
    nextReview: { daysAhead: 345 },
    text: {
      en: {
        title: 'Age disputes: a fact sheet for professionals',
        summary:
          'What to do when a young person’s age is questioned: the law, what a fair age assessment looks like, and how to challenge a decision.',
        description: `Young people who cannot prove their age are sometimes treated as adults. That can mean adult housing, no school place and no social worker.

## In this fact sheet
- When an age assessment should, and should not, happen
- What a fair assessment looks like, including the young person’s right to have an appropriate adult with them
- Treating the young person as a child while their age is in doubt
- How to challenge an assessment, and where to get legal advice

This edition replaces our 2023 fact sheet.`,
        seo: {
          metaTitle: 'Age disputes fact sheet for professionals',
          metaDescription:
            'Age assessments explained for social workers and lawyers: the law, fair practice and how to challenge a decision.',
        },
      },
    },
  },
  {
    slug: 'age-disputes-fact-sheet-2023',
    type: 'fact_sheet',
    audiences: ['social-workers-and-professionals'],
    topics: ['age-disputes'],
    files: ['en'],
    featured: false,
    lastReviewed: { daysAgo: 720 },
    nextReview: { daysAgo: 355 },
    supersededBy: 'age-disputes-fact-sheet',
    text: {
      en: {
        title: 'Age disputes: a fact sheet for professionals (2023 edition)',
        summary:
          'Our earlier fact sheet on age disputes. A newer edition has replaced it: please use that one instead.',
      },
    },
  },
  {
    slug: 'border-security-bill-childrens-briefing',
    type: 'briefing',
    audiences: ['lawyers', 'social-workers-and-professionals'],
    topics: ['asylum', 'detention', 'age-disputes'],
    files: [],
    externalUrl: 'https://example.org/briefings/border-security-asylum-immigration-bill-children',
    featured: false,
    lastReviewed: { daysAgo: 85 },
    nextReview: { daysAhead: 95 },
    text: {
      en: {
        title: 'Border Security, Asylum and Immigration Bill: a briefing on children',
        summary:
          'A briefing by the Refugee and Migrant Children’s Consortium on how the Bill would affect children. It is on the consortium’s website.',
        description:
          'We helped to shape this briefing with other members of the consortium. It welcomes the Bill’s plan to repeal parts of the Illegal Migration Act, and sets out the changes still needed to keep children safe.',
      },
    },
  },
  {
    slug: 'without-papers-undocumented-children-report',
    type: 'report',
    audiences: ['lawyers', 'social-workers-and-professionals'],
    topics: ['citizenship-and-status', 'education'],
    files: ['en'],
    featured: false,
    lastReviewed: { daysAgo: 240 },
    nextReview: { daysAhead: 490 },
    text: {
      en: {
        title: 'Without papers: growing up undocumented in the UK',
        summary:
          'Our research with children and families who have no immigration status: what it does to their lives, and the changes in law and policy we recommend.',
        description: `Many children without status were born here or came when they were very young. Some only find out when they apply for college, a job or a bank account.

## Our recommendations
- A simpler, cheaper route to settle for children who grow up here
- Fee waivers for children and care leavers
- Free legal advice for every child with an immigration problem
- Clear guidance for schools and colleges, so that no child is turned away`,
      },
    },
  },
  {
    slug: 'directory-of-support-services',
    type: 'directory',
    audiences: ['young-people', 'social-workers-and-professionals', 'foster-carers'],
    topics: ['leaving-care', 'education'],
    files: ['en'],
    featured: true,
    lastReviewed: { daysAgo: 30 },
    nextReview: { daysAhead: 150 },
    text: {
      en: {
        title: 'Directory of support services for young migrants',
        summary:
          'Where to find free help near you: legal advice, youth groups, health, housing and college courses, listed by area.',
        description: `The directory lists organisations across England that help young migrants, refugees and asylum seekers. Each entry says who the service is for, what it offers and how to contact it.

We check the listings twice a year. If something has changed, please tell us at [${ADVICE_LINE.email}](mailto:${ADVICE_LINE.email}).`,
      },
    },
  },
  {
    slug: 'supporting-refugee-and-migrant-pupils-training-pack',
    type: 'training_material',
    audiences: ['teachers-and-schools'],
    topics: ['education'],
    files: ['en'],
    featured: false,
    lastReviewed: { daysAgo: 95 },
    nextReview: { daysAhead: 270 },
    text: {
      en: {
        title: 'Supporting refugee and migrant pupils: a training pack for schools',
        summary:
          'Slides and notes for a staff session on the rights of refugee and migrant pupils, school admissions, and how schools can help.',
        description: `Use this pack to run a one-hour session with teaching and support staff. We designed it with young people who have been through the asylum system.

## Topics
- Every child’s right to a school place, whatever their immigration status
- Admissions without delay, and what schools must not ask
- Understanding trauma, and small changes that help pupils feel safe
- Working with social workers, carers and the young person’s solicitor`,
      },
    },
  },
  {
    slug: 'immigration-basics-for-foster-carers',
    type: 'guide',
    audiences: ['foster-carers'],
    topics: ['asylum', 'citizenship-and-status', 'leaving-care'],
    files: ['en', 'ro'],
    featured: false,
    lastReviewed: { daysAgo: 180 },
    nextReview: { daysAhead: 185 },
    text: {
      en: {
        title: 'Immigration basics for foster carers',
        summary:
          'A short guide for foster carers looking after a child who is seeking asylum or has no settled status: what to expect and how you can help.',
        description: `You do not need to be an immigration expert to help. This guide explains the main steps of a child’s case and the dates that matter.

## Inside
- The asylum process, step by step
- Going with a child to appointments and interviews
- Keeping letters and papers safe
- Why applying before the child turns 18 can matter

Available in English and Romanian.`,
      },
    },
  },
  {
    slug: 'turning-18-leaving-care-and-your-status',
    type: 'guide',
    audiences: ['young-people'],
    topics: ['leaving-care', 'citizenship-and-status'],
    files: ['en', 'ar', 'fa'],
    featured: true,
    lastReviewed: { daysAgo: 100 },
    nextReview: { daysAhead: 265 },
    text: {
      en: {
        title: 'Turning 18: leaving care and your immigration status',
        summary:
          'What changes when you turn 18, the help you can still get from children’s services, and why your immigration status matters.',
        description: `Turning 18 is a big step. You may move to a new home and your support may change. If your immigration case is not finished, it is important to act early.

## Things to do before you turn 18
- Ask your social worker about your pathway plan
- Ask your solicitor what is happening with your case
- Keep copies of your documents in a safe place
- Ask who your personal adviser will be

This guide is in English, Arabic and Farsi.`,
      },
    },
  },
];
