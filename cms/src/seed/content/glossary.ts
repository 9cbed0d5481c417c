/** Glossary: words from the immigration system, explained for a reading age of about nine. */
import type { SeedGlossaryTerm } from './types';

export const GLOSSARY: SeedGlossaryTerm[] = [
  {
    slug: 'asylum',
    text: {
      en: {
        term: 'Asylum',
        definition:
          'Asylum is protection that a country gives to someone who is not safe in their own country. When you ask the UK for asylum, you are called an asylum seeker until the Home Office decides.',
      },
      ar: {
        term: 'اللجوء',
        definition:
          'اللجوء هو الحماية التي يقدمها بلد ما لشخص ليس آمناً في بلده. عندما تطلب اللجوء في المملكة المتحدة، تُسمّى طالب لجوء إلى أن تتخذ وزارة الداخلية قرارها.',
      },
    },
  },
  {
    slug: 'refugee-status',
    text: {
      en: {
        term: 'Refugee status',
        definition:
          'You get refugee status if the Home Office agrees that you could be badly hurt in your country because of who you are or what you believe. It lets you stay in the UK for five years. After that, you can ask to stay for good.',
      },
    },
  },
  {
    slug: 'humanitarian-protection',
    text: {
      en: {
        term: 'Humanitarian protection',
        definition:
          'Humanitarian protection is another kind of permission to stay. It is for people who are not refugees under the law, but who would still be in serious danger, for example from war, if they went back.',
      },
    },
  },
  {
    slug: 'leave-to-remain',
    text: {
      en: {
        term: 'Leave to remain',
        definition:
          'Leave to remain means permission from the Home Office to live in the UK. It can be for a set time (limited leave) or for good (indefinite leave to remain).',
      },
    },
  },
  {
    slug: 'home-office',
    text: {
      en: {
        term: 'Home Office',
        definition:
          'The Home Office is the part of the government that decides who can come to the UK and who can stay. It makes the decision on asylum claims.',
      },
      ar: {
        term: 'وزارة الداخلية (Home Office)',
        definition:
          'وزارة الداخلية هي الجزء من الحكومة الذي يقرر من يستطيع القدوم إلى المملكة المتحدة ومن يستطيع البقاء فيها. وهي التي تتخذ القرار في طلبات اللجوء.',
      },
    },
  },
  {
    slug: 'asylum-interview',
    text: {
      en: {
        term: 'Asylum interview',
        definition:
          'The asylum interview is a meeting where someone from the Home Office asks you why you left your country. It is your chance to tell your story. Your solicitor should help you get ready.',
      },
    },
  },
  {
    slug: 'age-assessment',
    text: {
      en: {
        term: 'Age assessment',
        definition:
          'An age assessment is when social workers try to work out how old you are, because they are not sure about the age you gave. It should be fair and not rushed, and you should have an adult with you to support you.',
      },
    },
  },
  {
    slug: 'appeal',
    text: {
      en: {
        term: 'Appeal',
        definition:
          'An appeal is when you ask a judge to look again at a decision you think is wrong. For example, if the Home Office says no to your asylum claim, you may be able to appeal.',
      },
    },
  },
  {
    slug: 'tribunal',
    text: {
      en: {
        term: 'Tribunal',
        definition:
          'A tribunal is a kind of court. At the immigration tribunal, a judge listens to you and to the Home Office, and then decides your appeal.',
      },
    },
  },
  {
    slug: 'legal-aid',
    text: {
      en: {
        term: 'Legal aid',
        definition:
          'Legal aid is money from the government that pays for your lawyer, so you do not have to. Children who are in the UK without their family can usually get legal aid for their immigration case.',
      },
      ar: {
        term: 'المساعدة القانونية',
        definition:
          'المساعدة القانونية هي مال من الحكومة يدفع أجر محاميك، فلا تحتاج أنت إلى الدفع. الأطفال الموجودون في المملكة المتحدة من دون عائلاتهم يستطيعون عادةً الحصول على مساعدة قانونية في قضايا الهجرة الخاصة بهم.',
      },
    },
  },
  {
    slug: 'solicitor',
    text: {
      en: {
        term: 'Solicitor',
        definition:
          'A solicitor is a lawyer who gives you advice and helps with your case. What you tell your solicitor is private.',
      },
    },
  },
  {
    slug: 'trafficking',
    text: {
      en: {
        term: 'Trafficking',
        definition:
          'Trafficking is when someone moves a person, or keeps them somewhere, so that they can use them. They might force them to work, to commit crimes or to do sexual things. It is a crime, and it is never the fault of the person it happens to.',
      },
    },
  },
  {
    slug: 'national-referral-mechanism',
    text: {
      en: {
        term: 'National Referral Mechanism (NRM)',
        definition:
          'The National Referral Mechanism, or NRM, is how the UK decides if someone has been trafficked and gets them help. A trained professional sends in your details. If you are under 18, they do not need to ask your permission first.',
      },
    },
  },
  {
    slug: 'best-interests',
    text: {
      en: {
        term: 'Best interests',
        definition:
          'Best interests means what is best for a child. The law says that people who make decisions about a child must think about what is best for that child as one of the most important things.',
      },
    },
  },
  {
    slug: 'separated-child',
    text: {
      en: {
        term: 'Separated child',
        definition:
          'A separated child is a child who is in the UK without their parents or the adult who usually looks after them. The Home Office often says "unaccompanied asylum-seeking child".',
      },
    },
  },
  {
    slug: 'care-leaver',
    text: {
      en: {
        term: 'Care leaver',
        definition:
          'A care leaver is a young person who was looked after by children’s services. After you turn 18, you can still get help, like a personal adviser, until you are 21, or 25 in some cases.',
      },
    },
  },
];
