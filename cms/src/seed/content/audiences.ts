/** Who resources are written for, named in every site language. */
import type { SeedAudience } from './types';

export const AUDIENCES: SeedAudience[] = [
  {
    slug: 'young-people',
    text: {
      en: {
        name: 'Young people',
        description: 'Guides written for children and young people, in plain words and in their languages.',
      },
      sq: { name: 'Të rinjtë' },
      ar: { name: 'الشباب واليافعون', description: 'أدلة مكتوبة للأطفال والشباب بكلمات بسيطة وبلغاتهم.' },
      fa: {
        name: 'نوجوانان و جوانان',
        description: 'راهنماهایی برای کودکان و نوجوانان، با زبانی ساده و به زبان خودشان.',
      },
      ro: { name: 'Tineri' },
    },
  },
  {
    slug: 'lawyers',
    text: {
      en: {
        name: 'Lawyers',
        description:
          'Practice notes and toolkits for solicitors, barristers and caseworkers who represent children.',
      },
      sq: { name: 'Avokatët' },
      ar: { name: 'المحامون' },
      fa: { name: 'وکلا' },
      ro: { name: 'Avocați' },
    },
  },
  {
    slug: 'social-workers-and-professionals',
    text: {
      en: {
        name: 'Social workers and other professionals',
        description:
          'For social workers, support workers, advocates and health staff working with young migrants.',
      },
      sq: { name: 'Punonjësit socialë dhe profesionistë të tjerë' },
      ar: { name: 'الأخصائيون الاجتماعيون والمهنيون الآخرون' },
      fa: { name: 'مددکاران اجتماعی و دیگر متخصصان' },
      ro: { name: 'Asistenți sociali și alți profesioniști' },
    },
  },
  {
    slug: 'teachers-and-schools',
    text: {
      en: {
        name: 'Teachers and schools',
        description: 'Helping schools and colleges welcome refugee and migrant pupils and know their rights.',
      },
      sq: { name: 'Mësuesit dhe shkollat' },
      ar: { name: 'المعلمون والمدارس' },
      fa: { name: 'معلمان و مدارس' },
      ro: { name: 'Profesori și școli' },
    },
  },
  {
    slug: 'foster-carers',
    text: {
      en: {
        name: 'Foster carers',
        description: 'What foster carers need to know about the immigration side of a child’s life.',
      },
      sq: { name: 'Familjet kujdestare' },
      ar: { name: 'الأسر الحاضنة' },
      fa: { name: 'خانواده‌های سرپرست موقت' },
      ro: { name: 'Asistenți maternali' },
    },
  },
];
