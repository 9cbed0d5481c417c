/**
 * The directory of services: invented organisations and services for young migrants across the
 * four UK nations, in the shape of Open Referral UK (HSDS 3.0). Phone numbers are from Ofcom's
 * ranges for drama, websites use example.org and emails example.org.uk: none reaches anyone.
 */
import type { Translations } from './types';

export type Nation = 'england' | 'scotland' | 'wales' | 'northern_ireland';
export type SeedArea = { nation: Nation; region?: string; localAuthority?: string };
export type Situation =
  | 'unaccompanied_child'
  | 'asylum_seeker'
  | 'refugee'
  | 'undocumented'
  | 'eu_settlement_scheme'
  | 'care_leaver'
  | 'trafficking_survivor'
  | 'family_reunion'
  | 'any_situation';
type Day = 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday' | 'sunday';

export type SeedOrganization = {
  slug: string;
  url: string;
  email?: string;
  phone?: string;
  text: Translations<{ name: string; description: string }>;
};

export type SeedService = {
  slug: string;
  organization: string;
  ages?: [number, number];
  situations: Situation[];
  gender?: 'any' | 'girls_and_young_women' | 'boys_and_young_men';
  languages: string[];
  free: boolean;
  access: Array<'referral' | 'drop-in' | 'phone'>;
  /** Days open and the hours, e.g. [['monday', 'friday'], '09:30', '17:00']. */
  hours?: [Day[], string, string];
  areas: SeedArea[];
  locations?: Array<{ name: string; address1: string; city: string; postalCode: string }>;
  url?: string;
  email?: string;
  phone?: string;
  text: Translations<{
    name: string;
    description: string;
    eligibility?: string;
    fees?: string;
    howToAccess?: string;
    schedule?: string;
  }>;
};

const WEEKDAYS: Day[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];
const org = (slug: string, name: string, description: string, phone?: string): SeedOrganization => ({
  slug,
  url: `https://example.org/${slug}`,
  email: `hello@${slug}.example.org.uk`,
  ...(phone ? { phone } : {}),
  text: { en: { name, description } },
});

export const DIRECTORY_ORGANIZATIONS: SeedOrganization[] = [
  org(
    'thames-young-migrants-law-centre',
    'Thames Young Migrants Law Centre',
    'A law centre giving free immigration and asylum advice to children and young people in London.',
    '020 7946 0110',
  ),
  org(
    'northern-sanctuary-youth-network',
    'Northern Sanctuary Youth Network',
    'A network of youth clubs and mentors for young refugees across the North of England.',
    '0161 496 0220',
  ),
  org(
    'midlands-welcome-trust',
    'Midlands Welcome Trust',
    'A charity that helps newly arrived families and young people settle in the Midlands.',
    '0121 496 0330',
  ),
  org(
    'severn-refugee-action',
    'Severn Refugee Action',
    'A community organisation in the South West offering casework, English classes and a youth project.',
    '0117 496 0440',
  ),
  org(
    'clyde-youth-asylum-project',
    'Clyde Youth Asylum Project',
    'A Glasgow project supporting young people through the asylum process, from arrival to a decision and beyond.',
    '0141 496 0550',
  ),
  org(
    'lothian-new-scots-collective',
    'Lothian New Scots Collective',
    'A collective of volunteers and professionals welcoming new Scots in Edinburgh and the Lothians.',
    '0131 496 0660',
  ),
  org(
    'cymru-sanctuary-youth',
    'Cymru Sanctuary Youth',
    'A Welsh charity giving advice, advocacy and activities to young people seeking sanctuary in Wales.',
    '029 2018 0770',
  ),
  org(
    'ulster-migrant-youth-forum',
    'Ulster Migrant Youth Forum',
    'A youth-led forum and advice service for young migrants in Northern Ireland.',
    '028 9018 0880',
  ),
  org(
    'first-steps-guardianship',
    'First Steps Guardianship',
    'Independent guardians and advocates for children who arrive in the UK alone.',
    '0808 157 0990',
  ),
  org(
    'safe-harbour-therapy-service',
    'Safe Harbour Therapy Service',
    'Free, trauma-informed therapy for children and young people who have fled war and persecution.',
    '020 7946 0123',
  ),
];

type Text = SeedService['text']['en'];
const service = (
  slug: string,
  organization: string,
  fields: Omit<SeedService, 'slug' | 'organization' | 'text'>,
  en: Text,
  translations: Omit<SeedService['text'], 'en'> = {},
): SeedService => ({ slug, organization, ...fields, text: { en, ...translations } });

const london = (localAuthority?: string): SeedArea => ({
  nation: 'england',
  region: 'London',
  ...(localAuthority ? { localAuthority } : {}),
});

export const DIRECTORY_SERVICES: SeedService[] = [
  service(
    'young-peoples-immigration-advice-clinic',
    'thames-young-migrants-law-centre',
    {
      ages: [11, 25],
      situations: ['unaccompanied_child', 'asylum_seeker', 'undocumented', 'care_leaver'],
      languages: ['en', 'ar', 'fa', 'sq', 'ti'],
      free: true,
      access: ['drop-in', 'referral'],
      hours: [['tuesday', 'thursday'], '10:00', '16:00'],
      areas: [london()],
      locations: [
        { name: 'Thames Law Centre', address1: '14 Wharf Road', city: 'London', postalCode: 'SE1 7XX' },
      ],
      url: 'https://example.org/thames-young-migrants-law-centre/clinic',
      email: 'clinic@thames-young-migrants-law-centre.example.org.uk',
      phone: '020 7946 0111',
    },
    {
      name: "Young people's immigration advice clinic",
      description:
        'Free legal advice from immigration solicitors for children and young people, on asylum claims, leave to remain, age disputes and appeals. Interpreters are booked for every appointment.',
      eligibility: 'Children and young people aged 11 to 25 living in London, with any immigration question.',
      howToAccess: 'Come to a drop-in session, or ask your social worker or support worker to refer you.',
      schedule: 'Drop-in on Tuesdays and Thursdays; appointments on other days.',
    },
    {
      ar: {
        name: 'عيادة الاستشارات القانونية للشباب',
        description:
          'استشارات قانونية مجانية من محامين متخصصين في الهجرة للأطفال والشباب، حول طلبات اللجوء والإقامة والنزاعات حول العمر والاستئناف. نحجز مترجمًا لكل موعد.',
        eligibility: 'الأطفال والشباب من عمر 11 إلى 25 عامًا الذين يعيشون في لندن.',
        howToAccess: 'تعال إلى جلسة بدون موعد، أو اطلب من الأخصائي الاجتماعي إحالتك.',
      },
      fa: {
        name: 'مشاوره حقوقی مهاجرت برای جوانان',
        description:
          'مشاوره حقوقی رایگان از وکلای مهاجرت برای کودکان و جوانان، درباره پناهندگی، اقامت، اختلاف بر سر سن و درخواست تجدیدنظر. برای هر جلسه مترجم رزرو می‌شود.',
        eligibility: 'کودکان و جوانان ۱۱ تا ۲۵ ساله ساکن لندن.',
        howToAccess: 'بدون وقت قبلی بیایید، یا از مددکار اجتماعی خود بخواهید شما را معرفی کند.',
      },
      sq: {
        name: 'Klinika e këshillimit për emigracionin për të rinjtë',
        description:
          'Këshilla ligjore falas nga avokatë emigracioni për fëmijë dhe të rinj, për azilin, lejen e qëndrimit, mosmarrëveshjet për moshën dhe apelimet. Për çdo takim rezervohet një përkthyes.',
        eligibility: 'Fëmijë dhe të rinj 11 deri 25 vjeç që jetojnë në Londër.',
      },
    },
  ),
  service(
    'camden-youth-drop-in',
    'thames-young-migrants-law-centre',
    {
      ages: [14, 21],
      situations: ['unaccompanied_child', 'asylum_seeker', 'refugee'],
      languages: ['en', 'ar', 'ku', 'ps'],
      free: true,
      access: ['drop-in'],
      hours: [['wednesday'], '15:00', '19:00'],
      areas: [london('Camden')],
      locations: [
        { name: 'Kentish Youth Hub', address1: '3 Prince Street', city: 'London', postalCode: 'NW1 0XX' },
      ],
      phone: '020 7946 0112',
    },
    {
      name: 'Camden youth drop-in',
      description:
        'A weekly after-school drop-in with a hot meal, homework help, football and a caseworker who can answer questions about your asylum claim.',
      eligibility: 'Young people aged 14 to 21 living in Camden.',
      howToAccess: 'Just come along. No appointment or referral needed.',
    },
  ),
  service(
    'hackney-girls-wellbeing-group',
    'safe-harbour-therapy-service',
    {
      ages: [13, 19],
      situations: ['any_situation'],
      gender: 'girls_and_young_women',
      languages: ['en', 'ti', 'am', 'so'],
      free: true,
      access: ['referral', 'phone'],
      hours: [['saturday'], '11:00', '14:00'],
      areas: [london('Hackney'), london('Tower Hamlets')],
      email: 'girls@safe-harbour-therapy-service.example.org.uk',
      phone: '020 7946 0124',
    },
    {
      name: 'Girls’ wellbeing group',
      description:
        'A small, women-led group for teenage girls who have been through difficult journeys: art, talking, relaxation and support from a therapist.',
      eligibility: 'Girls and young women aged 13 to 19 in Hackney and Tower Hamlets.',
      howToAccess: 'Call us, or ask a teacher, social worker or doctor to refer you.',
    },
  ),
  service(
    'trauma-therapy-for-young-refugees',
    'safe-harbour-therapy-service',
    {
      ages: [8, 25],
      situations: ['asylum_seeker', 'refugee', 'trafficking_survivor', 'unaccompanied_child'],
      languages: ['en', 'ar', 'fa', 'prs', 'ps', 'uk'],
      free: true,
      access: ['referral'],
      hours: [WEEKDAYS, '09:00', '17:30'],
      areas: [london(), { nation: 'england', region: 'South East' }],
      phone: '020 7946 0125',
      url: 'https://example.org/safe-harbour-therapy-service/therapy',
    },
    {
      name: 'Trauma therapy for young refugees',
      description:
        'One-to-one and family therapy with therapists trained in working through interpreters. Sessions can be at our centre, at school or online.',
      eligibility: 'Children and young people aged 8 to 25 who have fled war, persecution or exploitation.',
      howToAccess:
        'A GP, social worker, school or solicitor refers you. Young people over 16 can also refer themselves.',
      fees: 'Free. We pay travel costs to sessions.',
    },
    {
      ar: {
        name: 'العلاج النفسي للصدمات للاجئين الشباب',
        description:
          'جلسات علاج فردية وعائلية مع معالجين مدربين على العمل مع المترجمين، في مركزنا أو في المدرسة أو عبر الإنترنت.',
      },
      fa: {
        name: 'درمان تروما برای پناهجویان جوان',
        description:
          'جلسات درمان فردی و خانوادگی با درمانگرانی که با مترجم کار می‌کنند، در مرکز ما، در مدرسه یا به صورت آنلاین.',
      },
    },
  ),
  service(
    'independent-child-trafficking-guardians-england',
    'first-steps-guardianship',
    {
      ages: [0, 17],
      situations: ['trafficking_survivor', 'unaccompanied_child'],
      languages: ['en', 'sq', 'vi', 'ro', 'ar'],
      free: true,
      access: ['referral'],
      areas: [{ nation: 'england' }],
      phone: '0808 157 0991',
      email: 'referrals@first-steps-guardianship.example.org.uk',
    },
    {
      name: 'Independent guardians for trafficked children',
      description:
        'An independent guardian stays beside a child who may have been trafficked, explains what is happening, speaks up for them with the police, the Home Office and children’s services, and helps them find a lawyer.',
      eligibility: 'Anyone under 18 in England who may be a victim of trafficking or modern slavery.',
      howToAccess: 'Professionals refer through our referral line. Children can call us too.',
      schedule: 'Referral line open every day, 8am to 8pm.',
    },
    {
      sq: {
        name: 'Kujdestarë të pavarur për fëmijët e trafikuar',
        description:
          'Një kujdestar i pavarur qëndron pranë fëmijës që mund të jetë trafikuar, i shpjegon çfarë po ndodh dhe flet për të me policinë, Home Office dhe shërbimet sociale.',
      },
      ro: {
        name: 'Tutori independenți pentru copiii traficați',
        description:
          'Un tutore independent rămâne alături de copilul care ar putea fi victimă a traficului, îi explică ce se întâmplă și vorbește în numele lui cu poliția, Home Office și serviciile sociale.',
      },
    },
  ),
  service(
    'manchester-youth-sanctuary-club',
    'northern-sanctuary-youth-network',
    {
      ages: [12, 19],
      situations: ['asylum_seeker', 'refugee', 'unaccompanied_child'],
      languages: ['en', 'ar', 'ku', 'ti'],
      free: true,
      access: ['drop-in'],
      hours: [['monday', 'thursday'], '16:00', '20:00'],
      areas: [{ nation: 'england', region: 'North West', localAuthority: 'Manchester' }],
      locations: [
        {
          name: 'Ancoats Community Hall',
          address1: '22 Mill Lane',
          city: 'Manchester',
          postalCode: 'M4 6XX',
        },
      ],
      phone: '0161 496 0221',
    },
    {
      name: 'Manchester youth sanctuary club',
      description:
        'Twice-weekly youth club with sport, cooking, trips and one-to-one support with school and housing.',
      eligibility: 'Young people aged 12 to 19 seeking asylum or with refugee status in Manchester.',
      howToAccess: 'Drop in on a club night.',
    },
  ),
  service(
    'leeds-mentoring-for-young-refugees',
    'northern-sanctuary-youth-network',
    {
      ages: [16, 25],
      situations: ['refugee', 'care_leaver', 'asylum_seeker'],
      languages: ['en', 'fa', 'prs', 'ps'],
      free: true,
      access: ['referral', 'phone'],
      areas: [{ nation: 'england', region: 'Yorkshire and the Humber', localAuthority: 'Leeds' }],
      phone: '0113 496 0222',
    },
    {
      name: 'Mentoring for young refugees in Leeds',
      description:
        'A trained volunteer mentor meets you every week for a year to help with college, work, money and settling in.',
      eligibility: 'Young people aged 16 to 25 in Leeds, including care leavers.',
      howToAccess: 'Call us or ask your personal adviser to refer you.',
    },
    {
      fa: {
        name: 'برنامه منتورینگ برای پناهندگان جوان در لیدز',
        description:
          'یک منتور داوطلب آموزش‌دیده هر هفته به مدت یک سال با شما دیدار می‌کند تا در کالج، کار و زندگی جدید کمک کند.',
      },
    },
  ),
  service(
    'newcastle-age-assessment-advocacy',
    'northern-sanctuary-youth-network',
    {
      ages: [14, 21],
      situations: ['unaccompanied_child', 'asylum_seeker'],
      languages: ['en', 'ar', 'ti', 'am'],
      free: true,
      access: ['referral', 'phone'],
      hours: [WEEKDAYS, '09:00', '17:00'],
      areas: [{ nation: 'england', region: 'North East' }],
      phone: '0191 498 0223',
    },
    {
      name: 'Age assessment advocacy (North East)',
      description:
        'An advocate goes with you to age assessment interviews, makes sure the local authority follows the rules, and helps you challenge a decision with a solicitor.',
      eligibility: 'Young people whose age is disputed, in the North East.',
      howToAccess: 'Call us, or any professional can refer you.',
    },
  ),
  service(
    'liverpool-eu-settlement-help',
    'northern-sanctuary-youth-network',
    {
      ages: [0, 25],
      situations: ['eu_settlement_scheme', 'care_leaver'],
      languages: ['en', 'ro', 'pl', 'pt'],
      free: true,
      access: ['phone', 'referral'],
      areas: [{ nation: 'england', region: 'North West', localAuthority: 'Liverpool' }],
      phone: '0151 496 0224',
    },
    {
      name: 'EU Settlement Scheme help for children in care',
      description:
        'Help for children in care and care leavers from EU countries to apply, or apply late, to the EU Settlement Scheme, and to prove their status.',
      eligibility: 'Children in care and care leavers up to 25 in Liverpool.',
    },
    {
      ro: {
        name: 'Ajutor cu EU Settlement Scheme pentru copiii din sistemul de protecție',
        description:
          'Ajutor pentru copiii din sistemul de protecție și tinerii care l-au părăsit, originari din țări UE, să aplice (inclusiv cu întârziere) la EU Settlement Scheme.',
      },
    },
  ),
  service(
    'birmingham-welcome-and-english',
    'midlands-welcome-trust',
    {
      ages: [16, 25],
      situations: ['any_situation'],
      languages: ['en', 'ar', 'ur', 'pa', 'so'],
      free: true,
      access: ['drop-in'],
      hours: [['monday', 'wednesday', 'friday'], '10:00', '13:00'],
      areas: [{ nation: 'england', region: 'West Midlands', localAuthority: 'Birmingham' }],
      locations: [
        {
          name: 'Digbeth Welcome Centre',
          address1: '8 Canal Street',
          city: 'Birmingham',
          postalCode: 'B5 5XX',
        },
      ],
    },
    {
      name: 'Welcome café and English classes',
      description:
        'Free English classes for all levels, followed by a café where you can meet others and ask for advice.',
      eligibility: 'Anyone aged 16 to 25, whatever their immigration status.',
      howToAccess: 'Come to any session. Bring nothing: we will help you register.',
    },
    {
      ar: {
        name: 'مقهى الترحيب ودروس اللغة الإنجليزية',
        description: 'دروس لغة إنجليزية مجانية لجميع المستويات، يليها مقهى للتعارف وطلب المشورة.',
      },
    },
  ),
  service(
    'nottingham-family-reunion-support',
    'midlands-welcome-trust',
    {
      situations: ['refugee', 'family_reunion'],
      languages: ['en', 'ar', 'ti', 'ku'],
      free: true,
      access: ['phone', 'referral'],
      hours: [['tuesday', 'wednesday', 'thursday'], '09:30', '16:30'],
      areas: [{ nation: 'england', region: 'East Midlands' }],
      phone: '0115 496 0331',
    },
    {
      name: 'Family reunion support',
      description:
        'Caseworkers help refugees bring close family to the UK: the application, documents, DNA tests and travel, and settling in once they arrive.',
      eligibility: 'People with refugee status or humanitarian protection in the East Midlands.',
    },
  ),
  service(
    'coventry-supported-lodgings',
    'midlands-welcome-trust',
    {
      ages: [16, 21],
      situations: ['unaccompanied_child', 'care_leaver'],
      gender: 'boys_and_young_men',
      languages: ['en', 'ps', 'prs', 'ku'],
      free: true,
      access: ['referral'],
      areas: [{ nation: 'england', region: 'West Midlands', localAuthority: 'Coventry' }],
      phone: '024 7696 0332',
    },
    {
      name: 'Supported lodgings for young men',
      description:
        'A room with a trained host family and a key worker, for young men moving on from foster care.',
      eligibility: 'Young men aged 16 to 21 looked after by Coventry children’s services.',
      howToAccess: 'Your social worker or personal adviser refers you.',
      fees: 'Free to you: the local authority pays the host.',
    },
  ),
  service(
    'bristol-refugee-youth-project',
    'severn-refugee-action',
    {
      ages: [11, 25],
      situations: ['asylum_seeker', 'refugee', 'unaccompanied_child'],
      languages: ['en', 'ar', 'so', 'ti'],
      free: true,
      access: ['drop-in', 'referral'],
      hours: [['friday'], '16:00', '19:00'],
      areas: [{ nation: 'england', region: 'South West', localAuthority: 'Bristol' }],
      locations: [
        { name: 'Stokes Croft Centre', address1: '40 Ashley Road', city: 'Bristol', postalCode: 'BS2 9XX' },
      ],
      phone: '0117 496 0441',
    },
    {
      name: 'Refugee youth project',
      description:
        'Friday youth nights, a summer programme, and a youth worker for help with school, college and friendships.',
      eligibility: 'Young people aged 11 to 25 in Bristol.',
    },
  ),
  service(
    'south-west-legal-casework',
    'severn-refugee-action',
    {
      situations: ['asylum_seeker', 'refugee', 'undocumented', 'family_reunion'],
      languages: ['en', 'ar', 'fa', 'fr'],
      free: true,
      access: ['phone', 'drop-in'],
      hours: [['monday', 'tuesday'], '10:00', '15:00'],
      areas: [{ nation: 'england', region: 'South West' }],
      phone: '0117 496 0442',
      url: 'https://example.org/severn-refugee-action/casework',
    },
    {
      name: 'Immigration casework',
      description:
        'Regulated immigration advisers help with asylum support, fresh claims, family reunion and finding a solicitor when you need one.',
      eligibility:
        'Adults and families in the South West; young people are welcome with or without an adult.',
    },
  ),
  service(
    'kent-arrivals-welcome-team',
    'first-steps-guardianship',
    {
      ages: [0, 17],
      situations: ['unaccompanied_child'],
      languages: ['en', 'ar', 'fa', 'ps', 'ku', 'ti', 'vi', 'sq'],
      free: true,
      access: ['referral', 'phone'],
      areas: [{ nation: 'england', region: 'South East', localAuthority: 'Kent' }],
      phone: '01622 496 992',
    },
    {
      name: 'New arrivals welcome team',
      description:
        'Advocates who meet children who have just arrived alone on the Kent coast, explain their rights in their language, and stay in touch after they move to another area.',
      eligibility: 'Children who arrive in Kent without a parent or carer.',
      schedule: 'On call every day.',
    },
  ),
  service(
    'glasgow-young-asylum-seekers-advice',
    'clyde-youth-asylum-project',
    {
      ages: [12, 25],
      situations: ['asylum_seeker', 'unaccompanied_child', 'refugee'],
      languages: ['en', 'ar', 'fa', 'ku', 'ti', 'ur'],
      free: true,
      access: ['drop-in', 'phone', 'referral'],
      hours: [['monday', 'wednesday'], '13:00', '17:00'],
      areas: [{ nation: 'scotland', localAuthority: 'Glasgow City' }],
      locations: [
        { name: 'Clyde Youth Project', address1: '101 Saltmarket', city: 'Glasgow', postalCode: 'G1 5XX' },
      ],
      phone: '0141 496 0551',
      email: 'advice@clyde-youth-asylum-project.example.org.uk',
    },
    {
      name: 'Advice for young asylum seekers',
      description:
        'Advice on the asylum process in Scotland, help preparing for your interview, and referrals to Scottish solicitors and legal aid.',
      eligibility: 'Young people aged 12 to 25 in Glasgow.',
    },
    {
      ar: {
        name: 'استشارات لطالبي اللجوء الشباب',
        description:
          'استشارات حول إجراءات اللجوء في اسكتلندا، ومساعدة في التحضير للمقابلة، وإحالة إلى محامين اسكتلنديين.',
      },
      fa: {
        name: 'مشاوره برای پناهجویان جوان',
        description:
          'مشاوره درباره روند پناهندگی در اسکاتلند، کمک برای آماده شدن برای مصاحبه، و معرفی به وکلای اسکاتلندی.',
      },
    },
  ),
  service(
    'scottish-guardianship-for-separated-children',
    'first-steps-guardianship',
    {
      ages: [0, 17],
      situations: ['unaccompanied_child', 'trafficking_survivor'],
      languages: ['en', 'ar', 'vi', 'ti', 'sq'],
      free: true,
      access: ['referral'],
      areas: [{ nation: 'scotland' }],
      phone: '0141 496 0993',
    },
    {
      name: 'Guardianship for separated children in Scotland',
      description:
        'A guardian for every child who arrives in Scotland without a parent, to guide them through the asylum and trafficking processes and the care system.',
      eligibility: 'Children under 18 in Scotland who are separated from their families.',
      howToAccess: 'Children’s services, the police or a lawyer refers the child.',
    },
  ),
  service(
    'edinburgh-new-scots-youth-hub',
    'lothian-new-scots-collective',
    {
      ages: [14, 25],
      situations: ['any_situation'],
      languages: ['en', 'uk', 'ru', 'ar'],
      free: true,
      access: ['drop-in'],
      hours: [['thursday'], '15:30', '19:30'],
      areas: [
        { nation: 'scotland', localAuthority: 'City of Edinburgh' },
        { nation: 'scotland', localAuthority: 'Midlothian' },
      ],
      locations: [
        { name: 'Leith Links Pavilion', address1: '2 Links Place', city: 'Edinburgh', postalCode: 'EH6 7XX' },
      ],
    },
    {
      name: 'New Scots youth hub',
      description:
        'A weekly hub with games, a homework table, and volunteers who help with college applications and bus passes.',
      eligibility: 'Young people aged 14 to 25 in Edinburgh and Midlothian.',
    },
  ),
  service(
    'aberdeen-orientation-for-young-arrivals',
    'lothian-new-scots-collective',
    {
      ages: [12, 18],
      situations: ['refugee', 'asylum_seeker'],
      languages: ['en', 'ar', 'ku'],
      free: true,
      access: ['referral'],
      areas: [{ nation: 'scotland', localAuthority: 'Aberdeen City' }],
      phone: '01224 496 661',
    },
    {
      name: 'Orientation for young arrivals',
      description:
        'A six-week course on life in Scotland: school, health care, your rights, staying safe online and where to get help.',
      eligibility: 'Young people aged 12 to 18 newly arrived in Aberdeen.',
    },
  ),
  service(
    'cardiff-young-sanctuary-seekers-advocacy',
    'cymru-sanctuary-youth',
    {
      ages: [11, 25],
      situations: ['asylum_seeker', 'unaccompanied_child', 'care_leaver'],
      languages: ['en', 'cy', 'ar', 'fa', 'ku'],
      free: true,
      access: ['drop-in', 'referral', 'phone'],
      hours: [WEEKDAYS, '10:00', '16:00'],
      areas: [{ nation: 'wales', localAuthority: 'Cardiff' }],
      locations: [
        {
          name: 'Butetown Youth Centre',
          address1: '5 Loudoun Square',
          city: 'Cardiff',
          postalCode: 'CF10 5XX',
        },
      ],
      phone: '029 2018 0771',
    },
    {
      name: 'Advocacy for young sanctuary seekers',
      description:
        'Advocates who help you with your asylum claim, age assessment, education and housing, and make sure your voice is heard in meetings about you.',
      eligibility: 'Young people aged 11 to 25 in Cardiff.',
    },
    {
      ar: {
        name: 'مناصرة الشباب الباحثين عن الأمان',
        description:
          'مناصرون يساعدونك في طلب اللجوء وتقييم العمر والتعليم والسكن، ويتأكدون من سماع صوتك في الاجتماعات التي تخصك.',
      },
    },
  ),
  service(
    'swansea-sanctuary-youth-club',
    'cymru-sanctuary-youth',
    {
      ages: [11, 18],
      situations: ['asylum_seeker', 'refugee'],
      languages: ['en', 'cy', 'ar'],
      free: true,
      access: ['drop-in'],
      hours: [['tuesday'], '17:00', '19:30'],
      areas: [{ nation: 'wales', localAuthority: 'Swansea' }],
      locations: [
        {
          name: 'St Thomas Church Hall',
          address1: '1 Port Tennant Road',
          city: 'Swansea',
          postalCode: 'SA1 8XX',
        },
      ],
    },
    {
      name: 'Sanctuary youth club',
      description:
        'A youth club with music, art, sport and days out around Wales, for young people new to Swansea.',
      eligibility: 'Young people aged 11 to 18.',
    },
  ),
  service(
    'wales-refugee-family-reunion-clinic',
    'cymru-sanctuary-youth',
    {
      situations: ['refugee', 'family_reunion'],
      languages: ['en', 'ar', 'ti', 'fa'],
      free: true,
      access: ['phone', 'referral'],
      areas: [{ nation: 'wales' }],
      phone: '029 2018 0772',
      email: 'reunion@cymru-sanctuary-youth.example.org.uk',
    },
    {
      name: 'Family reunion clinic (all Wales)',
      description:
        'Monthly clinics, in person and by video, with a regulated adviser who prepares family reunion applications for refugees anywhere in Wales.',
      eligibility: 'Refugees and people with humanitarian protection living in Wales.',
      schedule: 'First Wednesday of every month, by appointment.',
    },
  ),
  service(
    'wrexham-welcome-mentors',
    'cymru-sanctuary-youth',
    {
      ages: [16, 25],
      situations: ['refugee', 'care_leaver'],
      languages: ['en', 'cy', 'uk'],
      free: true,
      access: ['referral'],
      areas: [{ nation: 'wales', localAuthority: 'Wrexham' }],
    },
    {
      name: 'Welcome mentors',
      description:
        'Local volunteers who help young refugees find college courses, jobs and things to do in North Wales.',
      eligibility: 'Young people aged 16 to 25 in Wrexham.',
    },
  ),
  service(
    'belfast-young-migrants-advice-line',
    'ulster-migrant-youth-forum',
    {
      ages: [12, 25],
      situations: ['asylum_seeker', 'refugee', 'undocumented', 'eu_settlement_scheme'],
      languages: ['en', 'ar', 'so', 'ro', 'pl', 'pt'],
      free: true,
      access: ['phone'],
      hours: [['monday', 'tuesday', 'wednesday', 'thursday'], '12:00', '18:00'],
      areas: [{ nation: 'northern_ireland' }],
      phone: '028 9018 0881',
      email: 'advice@ulster-migrant-youth-forum.example.org.uk',
    },
    {
      name: 'Young migrants advice line',
      description:
        'A phone and text advice line for young migrants anywhere in Northern Ireland: immigration questions, school, work, benefits and where to go next.',
      eligibility: 'Young people aged 12 to 25 in Northern Ireland.',
      howToAccess: 'Call or text the advice line. We can call you back with an interpreter.',
    },
    {
      ro: {
        name: 'Linie de consiliere pentru tinerii migranți',
        description:
          'O linie telefonică de consiliere pentru tinerii migranți din toată Irlanda de Nord: întrebări despre imigrare, școală, muncă și ajutoare.',
      },
    },
  ),
  service(
    'belfast-youth-forum',
    'ulster-migrant-youth-forum',
    {
      ages: [14, 24],
      situations: ['any_situation'],
      languages: ['en', 'ar', 'ga'],
      free: true,
      access: ['drop-in'],
      hours: [['saturday'], '12:00', '16:00'],
      areas: [{ nation: 'northern_ireland', localAuthority: 'Belfast' }],
      locations: [
        { name: 'Forum House', address1: '17 Donegall Pass', city: 'Belfast', postalCode: 'BT7 1XX' },
      ],
    },
    {
      name: 'Youth forum',
      description:
        'A youth-led forum that campaigns on what matters to young migrants and runs trips, workshops and a Saturday café.',
      eligibility: 'Young people aged 14 to 24 in Belfast.',
    },
  ),
  service(
    'derry-strabane-new-arrivals-support',
    'ulster-migrant-youth-forum',
    {
      situations: ['asylum_seeker', 'refugee', 'family_reunion'],
      languages: ['en', 'ar', 'ku', 'ti'],
      free: true,
      access: ['referral', 'phone'],
      areas: [{ nation: 'northern_ireland', localAuthority: 'Derry City and Strabane' }],
      phone: '028 7196 0882',
    },
    {
      name: 'New arrivals support',
      description:
        'Practical help for families and young people who have just arrived: registering with a GP and school, asylum support and a warm welcome.',
      eligibility: 'Families and young people new to Derry City and Strabane.',
    },
  ),
  service(
    'uk-childrens-immigration-advice-line',
    'thames-young-migrants-law-centre',
    {
      ages: [0, 25],
      situations: ['any_situation'],
      languages: ['en', 'ar', 'fa', 'sq', 'ro', 'vi', 'fr'],
      free: true,
      access: ['phone'],
      hours: [['monday', 'wednesday', 'friday'], '10:00', '13:00'],
      areas: [{ nation: 'england' }, { nation: 'wales' }],
      phone: '0808 157 0111',
    },
    {
      name: 'Children’s immigration advice line',
      description:
        'A free advice line for children and young people, and for the professionals and carers who support them, on immigration, asylum and citizenship law in England and Wales.',
      eligibility: 'Anyone with a question about a child’s immigration status in England or Wales.',
      howToAccess: 'Call the advice line. An interpreter can join the call.',
    },
    {
      ar: {
        name: 'خط الاستشارات القانونية للأطفال',
        description:
          'خط استشارات مجاني للأطفال والشباب، وللمهنيين ومقدمي الرعاية، حول قوانين الهجرة واللجوء والجنسية في إنجلترا وويلز.',
      },
      fa: {
        name: 'خط مشاوره مهاجرت کودکان',
        description:
          'خط مشاوره رایگان برای کودکان و جوانان و متخصصانی که از آنها حمایت می‌کنند، درباره قوانین مهاجرت، پناهندگی و تابعیت در انگلستان و ولز.',
      },
      sq: {
        name: 'Linja e këshillimit për emigracionin e fëmijëve',
        description:
          'Linjë këshillimi falas për fëmijët dhe të rinjtë, dhe për profesionistët që i mbështesin, për ligjin e emigracionit, azilit dhe shtetësisë në Angli dhe Uells.',
      },
      ro: {
        name: 'Linia de consiliere pentru imigrarea copiilor',
        description:
          'O linie gratuită de consiliere pentru copii și tineri, și pentru profesioniștii care îi sprijină, despre imigrare, azil și cetățenie în Anglia și Țara Galilor.',
      },
    },
  ),
  service(
    'citizenship-registration-help',
    'thames-young-migrants-law-centre',
    {
      ages: [0, 25],
      situations: ['undocumented', 'care_leaver', 'eu_settlement_scheme'],
      languages: ['en', 'fr', 'pt', 'es'],
      free: false,
      access: ['phone', 'referral'],
      areas: [london(), { nation: 'england', region: 'East of England' }],
      phone: '020 7946 0113',
    },
    {
      name: 'British citizenship registration help',
      description:
        'Help for children and young people who may have a right to be British to register as citizens, including help to ask for the fee to be waived.',
      eligibility: 'Children and young people born or brought up in the UK.',
      fees: 'Advice is free. The Home Office fee can be waived for children in care and those who cannot afford it.',
    },
  ),
  service(
    'norwich-young-refugees-sports-club',
    'midlands-welcome-trust',
    {
      ages: [10, 18],
      situations: ['any_situation'],
      gender: 'boys_and_young_men',
      languages: ['en', 'ar', 'ps'],
      free: true,
      access: ['drop-in'],
      hours: [['sunday'], '10:00', '12:00'],
      areas: [{ nation: 'england', region: 'East of England', localAuthority: 'Norfolk' }],
      locations: [
        { name: 'Riverside Sports Ground', address1: 'Carrow Road', city: 'Norwich', postalCode: 'NR1 1XX' },
      ],
    },
    {
      name: 'Sunday football club',
      description:
        'Football training and matches every Sunday morning, with kit and boots provided and a coach who speaks Arabic and Pashto.',
      eligibility: 'Boys and young men aged 10 to 18.',
    },
  ),
];
