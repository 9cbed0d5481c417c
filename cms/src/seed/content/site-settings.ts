/**
 * Contact and safety settings shown on every page. All contact details are invented for the
 * demo (see ./organisation.ts); the emergency numbers are the real UK ones.
 */
import { ADVICE_LINE, ORGANISATION_NAME } from './organisation';
import type { SiteSettingsShared, SiteSettingsText, Translations } from './types';

export const SITE_SETTINGS_SHARED: SiteSettingsShared = {
  // Invented: a made-up number in the format of a charity in England and Wales.
  charityNumber: '1190357',
  adviceLinePhone: ADVICE_LINE.phone,
  adviceLineEmail: ADVICE_LINE.email,
  donateUrl: 'https://example.org/donate',
  newsletterUrl: 'https://example.org/newsletter',
  quickExitUrl: 'https://www.bbc.co.uk/weather',
  socialLinks: [
    { platform: 'bluesky', url: 'https://example.org/follow/bluesky' },
    { platform: 'linkedin', url: 'https://example.org/follow/linkedin' },
    { platform: 'instagram', url: 'https://example.org/follow/instagram' },
  ],
};

export const SITE_SETTINGS_TEXT: Translations<SiteSettingsText> = {
  en: {
    organisationName: ORGANISATION_NAME,
    tagline: 'Free legal help for migrant and refugee children and young people',
    openingHours: 'Tuesday to Thursday, 10am to 4pm (closed on bank holidays)',
    emergencyNotice:
      'We are not an emergency service and cannot always answer straight away. If you are in danger now, call 999.',
    emergencyNumbers: [
      { label: 'Police, ambulance or fire in an emergency', number: '999' },
      { label: 'NHS: urgent medical help when it is not an emergency', number: '111' },
      { label: 'Childline: free, private help for anyone under 19', number: '0800 1111' },
    ],
  },
  sq: {
    organisationName: 'Njësia Ligjore për Fëmijët Migrantë',
    tagline: 'Ndihmë ligjore falas për fëmijët dhe të rinjtë migrantë dhe refugjatë',
    openingHours: 'Nga e marta deri të enjten, ora 10:00–16:00 (mbyllur në festat zyrtare)',
    emergencyNotice:
      'Ne nuk jemi shërbim urgjence dhe nuk mund të përgjigjemi gjithmonë menjëherë. Nëse je në rrezik tani, telefono 999.',
    emergencyNumbers: [
      { label: 'Policia, ambulanca ose zjarrfikësit në rast urgjence', number: '999' },
      { label: 'NHS: ndihmë e shpejtë mjekësore kur nuk është urgjencë', number: '111' },
      { label: 'Childline: ndihmë falas dhe konfidenciale për këdo nën 19 vjeç', number: '0800 1111' },
    ],
  },
  ar: {
    organisationName: 'الوحدة القانونية للأطفال المهاجرين',
    tagline: 'مساعدة قانونية مجانية للأطفال والشباب المهاجرين واللاجئين',
    openingHours: 'من الثلاثاء إلى الخميس، من الساعة 10 صباحاً حتى 4 مساءً (مغلق في العطل الرسمية)',
    emergencyNotice:
      'نحن لسنا خدمة طوارئ، ولا نستطيع الرد دائماً على الفور. إذا كنت في خطر الآن، اتصل بالرقم 999.',
    emergencyNumbers: [
      { label: 'الشرطة أو الإسعاف أو الإطفاء في حالات الطوارئ', number: '999' },
      { label: 'هيئة الخدمات الصحية NHS: مساعدة طبية عاجلة في غير حالات الطوارئ', number: '111' },
      { label: 'Childline: مساعدة مجانية وسرّية لكل من هم دون 19 سنة', number: '0800 1111' },
    ],
  },
  fa: {
    organisationName: 'واحد حقوقی کودکان مهاجر',
    tagline: 'کمک حقوقی رایگان برای کودکان و نوجوانان مهاجر و پناهنده',
    openingHours: 'سه‌شنبه تا پنج‌شنبه، ساعت ۱۰ صبح تا ۴ بعدازظهر (در تعطیلات رسمی بسته است)',
    emergencyNotice:
      'ما خدمات اورژانسی نیستیم و همیشه نمی‌توانیم فوراً پاسخ دهیم. اگر همین حالا در خطر هستید، با ۹۹۹ تماس بگیرید.',
    emergencyNumbers: [
      { label: 'پلیس، آمبولانس یا آتش‌نشانی در مواقع اضطراری', number: '999' },
      { label: 'NHS: کمک پزشکی فوری در مواردی که اورژانسی نیست', number: '111' },
      { label: 'Childline: کمک رایگان و محرمانه برای همه‌ی افراد زیر ۱۹ سال', number: '0800 1111' },
    ],
  },
};
