/**
 * Standalone pages. "Cover your tracks" is for young people who may be watched, so it is in
 * plain words and also in Arabic and Farsi.
 */
import { ADVICE_LINE } from './organisation';
import type { SeedPage } from './types';

export const PAGES: SeedPage[] = [
  {
    slug: 'accessibility-statement',
    text: {
      en: {
        title: 'Accessibility statement',
        summary:
          'How accessible this website is, what we are doing to improve it, and how to tell us about a problem.',
        body: `We want everyone to be able to use this website, whatever device you use and however you read, listen or move around a page.

## Our standard
We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. For example, you should be able to:
- use the whole site with a keyboard alone
- zoom in to 400% without text spilling off the screen
- use a screen reader, and hear a description of every image that matters
- read pages in Arabic and Farsi from right to left
- change colours, fonts and spacing in your browser

We write in plain English. Pages for young people aim at a reading age of about nine.

## Known problems
Some older PDF guides are not fully accessible. If you need one in another format, ask us and we will help.

## Tell us about a problem
If something on this site is hard to use, please tell us. Email [accessibility@example.org](mailto:accessibility@example.org) or call our advice line on ${ADVICE_LINE.phone}. We aim to reply within five working days.

If you are not happy with our reply, you can contact the [Equality Advisory and Support Service](https://www.equalityadvisoryservice.com/).

## How we test
Before a page goes live we check it with automated tools, and by hand with a keyboard and a screen reader.`,
      },
    },
  },
  {
    slug: 'privacy-notice',
    text: {
      en: {
        title: 'Privacy notice',
        summary:
          'What information we keep, why, and for how long. This website uses no cookies, no tracking and no analytics.',
        seo: {
          metaTitle: 'Privacy notice',
          metaDescription:
            'No cookies, no tracking, no analytics. What the advice line keeps, why, and for how long.',
        },
        body: `We take your privacy seriously, especially because many people who use this site are children, and some may be in danger. We follow the Information Commissioner’s Children’s Code.

## This website
- **No cookies.** The site does not put cookies on your device.
- **No tracking and no analytics.** We do not count your visits or follow you around the web.
- **Nothing from other companies.** Every page, font and picture comes from our own server: no adverts, no social media buttons, no embedded maps or videos.

Our hosting keeps basic technical logs, such as the time a page was requested, for up to 14 days to keep the site working and safe. We do not use them to find out who you are.

## When you contact our advice line
When you call or email the advice line, we write down:
- your name, or a name you choose, and how to contact you
- your question and the advice we gave
- if you are a professional, the organisation you work for

We use this only to advise you and to check the quality of our advice. We keep advice records for six years after we last speak to you, because as a legal service we must be able to show what advice we gave. Then we delete them.

We never share what you tell us with the Home Office or anyone else without your permission, unless someone is at serious risk of harm.

## Your rights
You can ask to see the information we hold about you, to correct it, or to delete it. Email [privacy@example.org](mailto:privacy@example.org). You can also complain to the [Information Commissioner’s Office](https://ico.org.uk/make-a-complaint/).`,
      },
    },
  },
  {
    slug: 'cover-your-tracks',
    text: {
      en: {
        title: 'How to cover your tracks online',
        summary:
          'If you are worried that someone might check what you look at online, here is how to keep your visit to this site private.',
        body: `If you are worried that someone might find out you visited this website, these steps can help.

## The Exit this page button
The **Exit this page** button takes you straight to the BBC weather page. You can also press the Shift key three times.

It is quick, but it does **not** delete this website from your history. Someone could still find it later.

## Use private browsing
A private window does not save the pages you visit.
- Chrome: open the menu and choose **New Incognito window**
- Safari: choose **File**, then **New Private Window**. On an iPhone, tap the tabs button, then **Private**
- Firefox and Edge: open the menu and choose **New private window** (Edge calls it **InPrivate**)

## Clear your history
If you did not use a private window, you can delete pages from your browser history. Look for **History** in the browser menu. You can delete only the pages from this site, so that an empty history does not look strange.

## Be careful with other things too
- Use a phone or computer that the person you are worried about cannot use, like one at school, college or a library
- Emails and messages you send stay in your sent folder
- Calls to our advice line may show on a phone bill or in your list of calls

If you are in danger now, call 999.`,
      },
      ar: {
        title: 'كيف تُخفي آثار تصفّحك على الإنترنت',
        summary:
          'إذا كنت قلقاً من أن يطّلع أحد على ما تشاهده على الإنترنت، إليك كيف تحافظ على خصوصية زيارتك لهذا الموقع.',
        body: `إذا كنت قلقاً من أن يعرف أحد أنك زرت هذا الموقع، فهذه الخطوات يمكن أن تساعدك.

## زر «الخروج من هذه الصفحة»
زر **الخروج من هذه الصفحة** ينقلك فوراً إلى صفحة الطقس على موقع BBC. يمكنك أيضاً الضغط على مفتاح Shift ثلاث مرات.

هذا الزر سريع، لكنه **لا** يحذف هذا الموقع من سجل التصفح. قد يجده شخص ما لاحقاً.

## استخدم التصفح الخاص
النافذة الخاصة لا تحفظ الصفحات التي تزورها.
- Chrome: افتح القائمة واختر «نافذة تصفح متخفٍّ جديدة» (New Incognito window)
- Safari: اختر File ثم New Private Window. على iPhone، اضغط زر علامات التبويب ثم Private
- Firefox وEdge: افتح القائمة واختر «نافذة خاصة جديدة» (New private window)، ويسميها Edge ‏InPrivate

## امسح سجل التصفح
إذا لم تستخدم نافذة خاصة، يمكنك حذف الصفحات من سجل المتصفح. ابحث عن «السجل» (History) في قائمة المتصفح. يمكنك حذف صفحات هذا الموقع فقط، حتى لا يبدو السجل الفارغ غريباً.

## انتبه لأمور أخرى أيضاً
- استخدم هاتفاً أو حاسوباً لا يستطيع الشخص الذي تخاف منه استخدامه، مثل حاسوب في المدرسة أو الكلية أو المكتبة
- الرسائل التي ترسلها بالبريد الإلكتروني أو غيره تبقى في مجلد الرسائل المرسلة
- المكالمات إلى خط المشورة قد تظهر في فاتورة الهاتف أو في قائمة المكالمات

إذا كنت في خطر الآن، اتصل بالرقم 999.`,
      },
      fa: {
        title: 'چطور ردپای خود را در اینترنت پاک کنید',
        summary:
          'اگر نگران هستید کسی ببیند در اینترنت چه چیزهایی را نگاه می‌کنید، این‌طور می‌توانید بازدیدتان از این سایت را خصوصی نگه دارید.',
        body: `اگر نگران هستید کسی بفهمد که به این سایت سر زده‌اید، این کارها می‌تواند کمک کند.

## دکمه‌ی «خروج از این صفحه»
دکمه‌ی **خروج از این صفحه** شما را فوراً به صفحه‌ی هواشناسی بی‌بی‌سی می‌برد. می‌توانید سه بار کلید Shift را هم فشار دهید.

این دکمه سریع است، اما این سایت را از تاریخچه‌ی مرورگر **پاک نمی‌کند**. ممکن است کسی بعداً آن را پیدا کند.

## از مرور خصوصی استفاده کنید
پنجره‌ی خصوصی صفحه‌هایی را که می‌بینید ذخیره نمی‌کند.
- Chrome: منو را باز کنید و «پنجره‌ی ناشناس جدید» (New Incognito window) را انتخاب کنید
- Safari: اول File و بعد New Private Window را بزنید. در آیفون، دکمه‌ی زبانه‌ها و بعد Private را بزنید
- Firefox و Edge: منو را باز کنید و «پنجره‌ی خصوصی جدید» (New private window) را انتخاب کنید؛ در Edge اسمش InPrivate است

## تاریخچه را پاک کنید
اگر از پنجره‌ی خصوصی استفاده نکردید، می‌توانید صفحه‌ها را از تاریخچه‌ی مرورگر پاک کنید. در منوی مرورگر دنبال «تاریخچه» (History) بگردید. می‌توانید فقط صفحه‌های این سایت را پاک کنید تا خالی بودن تاریخچه عجیب به نظر نرسد.

## مراقب چیزهای دیگر هم باشید
- از گوشی یا کامپیوتری استفاده کنید که کسی که از او نگران هستید به آن دسترسی ندارد، مثل کامپیوتر مدرسه، کالج یا کتابخانه
- ایمیل‌ها و پیام‌هایی که می‌فرستید در پوشه‌ی «ارسال‌شده» می‌مانند
- تماس با خط مشاوره‌ی ما ممکن است در قبض تلفن یا فهرست تماس‌ها دیده شود

اگر همین حالا در خطر هستید، با ۹۹۹ تماس بگیرید.`,
      },
    },
  },
];
