/** The words at the top of the home page, in English, Albanian, Arabic and Farsi. */
import { ADVICE_LINE } from './organisation';
import type { HomePageText, Translations } from './types';

export const HOME_PAGE: Translations<HomePageText> = {
  en: {
    heroTitle: 'Free legal help for young migrants and refugees',
    heroText:
      'We help children and young people with asylum and immigration problems, for free and in confidence.',
    adviceTitle: 'Talk to our advice line',
    adviceText: `Call ${ADVICE_LINE.phone} or email ${ADVICE_LINE.email}, Tuesday to Thursday, 10am to 4pm. Advice is free and private, for young people and for the professionals who support them.`,
  },
  sq: {
    heroTitle: 'Ndihmë ligjore falas për të rinjtë migrantë dhe refugjatë',
    heroText:
      'Ndihmojmë fëmijët dhe të rinjtë me çështjet e azilit dhe të imigracionit, falas dhe në mënyrë konfidenciale.',
    adviceTitle: 'Fol me linjën tonë të këshillimit',
    adviceText: `Telefono ${ADVICE_LINE.phone} ose shkruaj në ${ADVICE_LINE.email}, nga e marta deri të enjten, ora 10:00–16:00. Këshillat janë falas dhe konfidenciale, për të rinjtë dhe për profesionistët që i mbështesin.`,
  },
  ar: {
    heroTitle: 'مساعدة قانونية مجانية للشباب المهاجرين واللاجئين',
    heroText: 'نساعد الأطفال والشباب في قضايا اللجوء والهجرة، مجاناً وبسرية تامة.',
    adviceTitle: 'تحدّث إلى خط المشورة',
    adviceText: `اتصل على ${ADVICE_LINE.phone} أو راسلنا على ${ADVICE_LINE.email}، من الثلاثاء إلى الخميس، من الساعة 10 صباحاً حتى 4 مساءً. المشورة مجانية وسرّية، للشباب وللمهنيين الذين يدعمونهم.`,
  },
  fa: {
    heroTitle: 'کمک حقوقی رایگان برای نوجوانان و جوانان مهاجر و پناهنده',
    heroText: 'ما به کودکان و نوجوانان در مسائل پناهندگی و مهاجرت کمک می‌کنیم، رایگان و محرمانه.',
    adviceTitle: 'با خط مشاوره‌ی ما صحبت کنید',
    adviceText: `سه‌شنبه تا پنج‌شنبه، از ساعت ۱۰ صبح تا ۴ بعدازظهر، با شماره‌ی ${ADVICE_LINE.phone} تماس بگیرید یا به ${ADVICE_LINE.email} ایمیل بزنید. مشاوره رایگان و محرمانه است، هم برای نوجوانان و هم برای متخصصانی که از آن‌ها حمایت می‌کنند.`,
  },
};
