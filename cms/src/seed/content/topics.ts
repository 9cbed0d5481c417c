/** Subjects that news and resources are filed under, named in every site language. */
import type { SeedTopic } from './types';

export const TOPICS: SeedTopic[] = [
  {
    slug: 'asylum',
    text: {
      en: {
        name: 'Asylum',
        description: 'Asking the UK for protection because it is not safe to go back to your country.',
      },
      sq: { name: 'Azili' },
      ar: { name: 'اللجوء', description: 'طلب الحماية في المملكة المتحدة لأن العودة إلى بلدك ليست آمنة.' },
      fa: { name: 'پناهندگی', description: 'درخواست حمایت از بریتانیا چون بازگشت به کشورتان امن نیست.' },
      ro: { name: 'Azil' },
    },
  },
  {
    slug: 'age-disputes',
    text: {
      en: {
        name: 'Age disputes',
        description: 'When the authorities do not believe a young person is as old as they say.',
      },
      sq: { name: 'Mosmarrëveshjet për moshën' },
      ar: { name: 'الخلاف على العمر', description: 'عندما لا تصدّق السلطات العمر الذي يذكره الشاب.' },
      fa: { name: 'اختلاف بر سر سن', description: 'وقتی مقامات سنی را که نوجوان می‌گوید باور نمی‌کنند.' },
      ro: { name: 'Contestarea vârstei' },
    },
  },
  {
    slug: 'trafficking-and-modern-slavery',
    text: {
      en: {
        name: 'Trafficking and modern slavery',
        description:
          'When someone is moved, tricked or forced so that others can use them for work, crime or sex.',
      },
      sq: { name: 'Trafikimi dhe skllavëria moderne' },
      ar: { name: 'الاتجار بالبشر والعبودية الحديثة' },
      fa: { name: 'قاچاق انسان و برده‌داری مدرن' },
      ro: { name: 'Traficul de persoane și sclavia modernă' },
    },
  },
  {
    slug: 'family-reunion',
    text: {
      en: {
        name: 'Family reunion',
        description: 'Being joined by, or joining, close family members in the UK.',
      },
      sq: { name: 'Bashkimi familjar' },
      ar: { name: 'لمّ شمل الأسرة' },
      fa: { name: 'پیوستن به خانواده' },
      ro: { name: 'Reîntregirea familiei' },
    },
  },
  {
    slug: 'leaving-care',
    text: {
      en: {
        name: 'Leaving care',
        description:
          'The support young people should get from children’s services as they turn 18 and after.',
      },
      sq: { name: 'Largimi nga kujdesi' },
      ar: { name: 'الخروج من الرعاية' },
      fa: { name: 'خروج از مراقبت' },
      ro: { name: 'Ieșirea din sistemul de protecție' },
    },
  },
  {
    slug: 'citizenship-and-status',
    text: {
      en: {
        name: 'Citizenship and status',
        description: 'Permission to stay in the UK, and becoming a British citizen.',
      },
      sq: { name: 'Shtetësia dhe statusi' },
      ar: { name: 'الجنسية والوضع القانوني' },
      fa: { name: 'تابعیت و وضعیت اقامت' },
      ro: { name: 'Cetățenie și statut' },
    },
  },
  {
    slug: 'detention',
    text: {
      en: {
        name: 'Detention',
        description:
          'Being held by the immigration authorities, and the rules that protect children from it.',
      },
      sq: { name: 'Ndalimi' },
      ar: { name: 'الاحتجاز' },
      fa: { name: 'بازداشت' },
      ro: { name: 'Detenția' },
    },
  },
  {
    slug: 'education',
    text: {
      en: {
        name: 'Education',
        description:
          'A school or college place, and the help to learn, whatever a child’s immigration status.',
      },
      sq: { name: 'Arsimi' },
      ar: { name: 'التعليم' },
      fa: { name: 'آموزش و تحصیل' },
      ro: { name: 'Educație' },
    },
  },
];
