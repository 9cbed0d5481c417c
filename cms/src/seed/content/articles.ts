/**
 * Demo news: every category, dated across the past year, some translated. The last one is a
 * draft that must never be published.
 */
import type { ImageKey } from './images';
import { ADVICE_LINE } from './organisation';
import type { SeedArticle } from './types';

export const ARTICLES: Array<SeedArticle<ImageKey>> = [
  {
    slug: 'breaking-the-chains-partnership-with-shpresa-programme',
    category: 'news',
    displayDate: { daysAgo: 330 },
    topics: ['asylum', 'trafficking-and-modern-slavery'],
    relatedResources: ['representing-young-albanian-asylum-seekers'],
    cover: 'cover-links',
    text: {
      en: {
        title: 'Breaking the Chains: our partnership with Shpresa Programme',
        summary:
          'We have formally joined forces with Shpresa Programme to give young Albanian asylum seekers child-friendly legal help, and support from their own community.',
        coverAlt: 'Teal and coral rings in a row, one ring open in yellow',
        seo: {
          metaTitle: 'Breaking the Chains: partnership with Shpresa Programme',
          metaDescription:
            'Child-friendly legal help and community support for young Albanians seeking asylum in the UK.',
        },
        body: `We are proud to announce a formal partnership with [Shpresa Programme](https://example.org/partners/shpresa-programme), a user-led organisation that works with the Albanian community in the UK.

Together we run **Breaking the Chains**, a project for children and young people from Albania who are seeking asylum. Many of them have escaped trafficking, exploitation or blood feuds.

## What the project offers
- Legal advice and representation that puts the young person first
- Support from people who speak Albanian and understand the community
- Help to feel safe, to be heard, and to take part in decisions about their case

## Why it matters
Young Albanians are often not believed. Their claims can be refused because the risks they face at home are not understood. A child-centred service that works hand in hand with their community can change that.

Lawyers can find our toolkit for representing young Albanian asylum seekers in the resources section.`,
      },
      sq: {
        title: 'Breaking the Chains: partneriteti ynë me Shpresa Programme',
        summary:
          'Kemi bashkuar forcat zyrtarisht me Shpresa Programme për t’u dhënë të rinjve shqiptarë që kërkojnë azil ndihmë ligjore të përshtatur për fëmijët, si dhe mbështetje nga vetë komuniteti i tyre.',
        coverAlt: 'Unaza në ngjyrë blu të errët dhe koral në një rresht, njëra e hapur në të verdhë',
        body: `Jemi krenarë të njoftojmë një partneritet zyrtar me [Shpresa Programme](https://example.org/partners/shpresa-programme), një organizatë e drejtuar nga vetë përdoruesit e saj, që punon me komunitetin shqiptar në Mbretërinë e Bashkuar.

Së bashku drejtojmë **Breaking the Chains** (Thyejmë zinxhirët), një projekt për fëmijët dhe të rinjtë nga Shqipëria që kërkojnë azil. Shumë prej tyre i kanë shpëtuar trafikimit, shfrytëzimit ose gjakmarrjes.

## Çfarë ofron projekti
- Këshillim dhe përfaqësim ligjor që e vë të riun në qendër
- Mbështetje nga njerëz që flasin shqip dhe e njohin komunitetin
- Ndihmë që të ndihen të sigurt, të dëgjohen dhe të marrin pjesë në vendimet për rastin e tyre

## Pse ka rëndësi
Të rinjve shqiptarë shpesh nuk u besohet. Kërkesat e tyre mund të refuzohen sepse rreziqet që hasin në vendin e tyre nuk kuptohen. Një shërbim që e vë fëmijën në qendër dhe punon krah për krah me komunitetin e tij mund ta ndryshojë këtë.`,
      },
    },
  },
  {
    slug: 'kids-in-need-of-defense-uk-launch',
    category: 'news',
    displayDate: { daysAgo: 270 },
    topics: ['asylum', 'citizenship-and-status'],
    relatedResources: ['without-papers-undocumented-children-report'],
    cover: 'cover-sunrise',
    text: {
      en: {
        title: 'Kids in Need of Defense UK: free lawyers for children who have none',
        summary:
          'A new collaboration brings the pro bono model of the US charity KIND to the UK, so that more migrant children have a lawyer when legal aid is not there for them.',
        coverAlt: 'Soft half circles in yellow, coral and teal rising like a sunrise',
        body: `Too many children and young people face the immigration system without a lawyer. Sometimes legal aid does not cover their case. Sometimes there is simply no legal aid lawyer with room to take it on.

**Kids in Need of Defense UK** is our answer. It is a collaboration between the US charity Kids in Need of Defense (KIND) and three legal advice charities in the UK, including us.

## How it works
- Law firms and in-house legal teams give their time for free (pro bono)
- We train and mentor their lawyers in children’s immigration law
- Each child is matched with a lawyer who stays with their case

The aim is a programme that can keep going on its own, so that no child has to face the system alone.

Law firms that would like to take part can [register their interest](https://example.org/kind-uk/pro-bono).`,
      },
    },
  },
  {
    slug: 'remembering-luljeta-nuzi',
    category: 'statement',
    displayDate: { daysAgo: 200 },
    topics: ['trafficking-and-modern-slavery'],
    relatedResources: [],
    cover: 'portrait-bloom',
    text: {
      en: {
        title: 'Remembering Luljeta Nuzi',
        summary:
          'We are deeply saddened by the death of Luljeta Nuzi, founder and former chief executive of Shpresa Programme, who created the Breaking the Chains project with us.',
        coverAlt: 'An abstract flower of coral and yellow petals around a teal centre',
        body: `It is with great sadness that we share the news that Luljeta Nuzi has died, after a long illness with cancer.

Luljeta founded Shpresa Programme and was its chief executive. Under her leadership, Shpresa became a place where Albanian families in the UK could find help and a voice.

Breaking the Chains, our partnership project with Shpresa, began with her. She saw that young Albanians seeking asylum needed lawyers who believed them and a community that stood beside them, and she brought the two together.

Our thoughts are with her family, her friends and everyone at Shpresa Programme. We have written a tribute to her life and work, which you can read on our tributes page.`,
      },
    },
  },
  {
    slug: 'why-we-are-calling-for-the-repeal-of-section-59',
    category: 'policy',
    displayDate: { daysAgo: 150 },
    topics: ['asylum', 'trafficking-and-modern-slavery'],
    relatedResources: [
      'representing-young-albanian-asylum-seekers',
      'border-security-bill-childrens-briefing',
    ],
    cover: 'cover-paths',
    text: {
      en: {
        title: 'Why we are calling for the repeal of Section 59 of the Illegal Migration Act',
        summary:
          'Section 59 lets the Home Office refuse to consider asylum claims from people from Albania. Young people we work with told us what that means for them.',
        coverAlt: 'Wide curved lines in teal, yellow and coral crossing the picture',
        seo: {
          metaTitle: 'Why Section 59 of the Illegal Migration Act should be repealed',
          metaDescription:
            'Section 59 treats Albania as safe and shuts young people out of asylum. Here is why we want it repealed.',
        },
        body: `Section 59 of the Illegal Migration Act 2023 adds Albania to a list of countries that the law treats as safe. It lets the Home Office declare asylum claims from people from those countries "inadmissible". That means the claim is never properly looked at.

We believe this is wrong, and most of all for children and young people.

## What young people told us
Young people in the Breaking the Chains project shared their views with us. One said that if Albania really were safe, people escaping trafficking and blood feuds would be protected there, and would not have to risk their lives in small boats and lorries.

Another told us they feel frightened, not just upset, because they could be sent back to a place where people are killed.

## What we are asking for
- Repeal Section 59, so that every claim is judged on its own facts
- Decide children’s claims in their best interests, as the law already requires
- Keep proper protection for young people who have been trafficked`,
      },
    },
  },
  {
    slug: 'border-security-asylum-and-immigration-bill-and-children',
    category: 'policy',
    displayDate: { daysAgo: 90 },
    topics: ['asylum', 'detention', 'age-disputes'],
    relatedResources: ['border-security-bill-childrens-briefing'],
    cover: 'cover-waves',
    text: {
      en: {
        title: 'The Border Security, Asylum and Immigration Bill: a chance to protect children',
        summary:
          'The Bill would undo some of the harshest parts of the Illegal Migration Act. That is a real opportunity, but children need more. Here is what we are asking for.',
        coverAlt: 'Layers of gentle waves in teal, yellow and coral',
        seo: {
          metaTitle: 'The Border Security Bill: what it means for children',
          metaDescription:
            'What the Bill changes for migrant children, what is still missing, and what we are asking Parliament to do.',
        },
        body: `The Refugee and Migrant Children’s Consortium has published a helpful briefing on the Border Security, Asylum and Immigration Bill and what it means for children. We contributed to it.

## The good news
The Bill would repeal parts of the Illegal Migration Act. Those parts would have allowed children to be detained and removed, and would have shut many young people out of protection.

## What is still missing
- Clear safeguards for children whose age is disputed
- Limits on detaining young people
- A duty to decide every child’s case in their best interests
- Legal advice for every child, early in their case

We will keep talking to members of Parliament, so that the Bill does more than undo past harm: it should protect children.

Read the [consortium’s briefing](https://example.org/briefings/border-security-asylum-immigration-bill-children).`,
      },
      ar: {
        title: 'مشروع قانون أمن الحدود واللجوء والهجرة: فرصة لحماية الأطفال',
        summary:
          'سيُلغي مشروع القانون بعض أقسى أجزاء قانون الهجرة غير الشرعية. هذه فرصة حقيقية، لكن الأطفال يحتاجون إلى أكثر من ذلك. إليكم ما نطالب به.',
        coverAlt: 'طبقات من الأمواج الهادئة بألوان الأزرق المخضر والأصفر والمرجاني',
        seo: {
          metaTitle: 'مشروع قانون أمن الحدود واللجوء والهجرة: ماذا يعني للأطفال',
          metaDescription:
            'ما الذي يغيّره مشروع القانون للأطفال المهاجرين، وما الذي لا يزال ناقصاً، وما نطلبه من البرلمان.',
        },
        body: `نشر تحالف الأطفال اللاجئين والمهاجرين ملخصاً مفيداً عن مشروع قانون أمن الحدود واللجوء والهجرة وما يعنيه للأطفال، وقد شاركنا في إعداده.

## الأخبار الجيدة
سيُلغي مشروع القانون أجزاءً من قانون الهجرة غير الشرعية. كانت تلك الأجزاء ستسمح باحتجاز الأطفال وترحيلهم، وكانت ستحرم كثيراً من الشباب من الحماية.

## ما الذي لا يزال ناقصاً
- ضمانات واضحة للأطفال الذين يُشكَّك في أعمارهم
- حدود لاحتجاز الشباب
- واجب اتخاذ القرار في قضية كل طفل بما يحقق مصلحته الفضلى
- استشارة قانونية لكل طفل في بداية قضيته

سنواصل الحديث مع أعضاء البرلمان، حتى لا يكتفي مشروع القانون بإزالة الضرر السابق، بل يحمي الأطفال أيضاً.

اقرأ [ملخص التحالف](https://example.org/briefings/border-security-asylum-immigration-bill-children) (باللغة الإنجليزية).`,
      },
    },
  },
  {
    slug: 'supporting-a-challenge-to-unfair-age-assessments',
    category: 'litigation',
    displayDate: { daysAgo: 45 },
    topics: ['age-disputes'],
    relatedResources: ['age-disputes-fact-sheet'],
    cover: 'cover-hills',
    text: {
      en: {
        title: 'Supporting a legal challenge to unfair age assessments',
        summary:
          'We are supporting a court challenge for a young person who was wrongly treated as an adult. One case can change the rules for many children.',
        coverAlt: 'Rounded hills in teal and coral under a yellow sun',
        body: `A young person we represent arrived in the UK alone at 16. After a short conversation at the border, officials decided he was an adult. He was sent to adult accommodation, with no social worker and no school place.

With his agreement, his legal team has asked the High Court to review how that decision was made. We are supporting the case.

## Why we take cases like this
Strategic litigation means choosing cases that can change the law, policy or practice for everyone in the same situation, not just for one child. It is one of the ways we work, alongside advice, training and policy work.

> No child should have to prove they are a child while being treated as an adult. When there is doubt, the young person must be given the benefit of it. (A solicitor in our team)

We cannot share more while the case is going on. We will report what the court decides.

If you support a young person whose age has been disputed, our age disputes fact sheet explains what you can do.`,
      },
    },
  },
  {
    slug: 'free-training-supporting-separated-children',
    category: 'training_event',
    displayDate: { daysAgo: 20 },
    topics: ['asylum', 'education', 'leaving-care'],
    relatedResources: [
      'supporting-refugee-and-migrant-pupils-training-pack',
      'immigration-basics-for-foster-carers',
    ],
    cover: 'cover-circles',
    text: {
      en: {
        title: 'Free training: supporting separated children through the immigration system',
        summary:
          'A free online course for social workers, teachers and foster carers, designed and delivered with young people who have been through the system.',
        coverAlt: 'Overlapping soft circles in teal, yellow and coral',
        body: `Our next free online course is for people who are not immigration specialists but support separated children every day: social workers, personal advisers, teachers and foster carers.

## What you will learn
- The main stages of a child’s asylum claim, and where things can go wrong
- Children’s rights to care, education and health, whatever their status
- Age disputes, and what to do when one happens
- How to find a good solicitor, and what to expect from them

## Designed with young people
Young people who have been through the asylum system helped to plan this course, and some of them will lead parts of it. Their experience is at the heart of our training.

- **When:** three mornings, 10am to 12:30pm, online
- **Cost:** free for staff of local authorities, schools and charities

[Book your place](https://example.org/training/separated-children)`,
      },
    },
  },
  {
    slug: 'new-guide-the-professionals-you-will-meet',
    category: 'news',
    displayDate: { daysAgo: 10 },
    topics: ['asylum'],
    relatedResources: ['whos-who-the-professionals-you-will-meet'],
    cover: 'cover-circles-small',
    text: {
      en: {
        title: 'New guide for young people: who’s who',
        summary:
          'Our new guide explains, in plain words, who the professionals are that you meet when you ask for asylum. It is in English, Arabic and Farsi.',
        coverAlt: 'Scattered circles of different sizes in teal, yellow and coral',
        body: `When you ask for asylum, you meet a lot of new people. It can be hard to know who they all are. Young people told us this, so we made a guide with them.

## What is in the guide
- Who each person is, like your social worker or your solicitor
- What each person does
- How each person can help you

## Read it in your language
The guide is in English, Arabic and Farsi. It is free. You can download it from our resources page.

If you have a question, call our advice line on [${ADVICE_LINE.phone}](tel:${ADVICE_LINE.phone.replace(/\s/g, '')}). It is free and private.`,
      },
      ar: {
        title: 'دليل جديد للشباب: من هو من',
        summary:
          'يشرح دليلنا الجديد بكلمات بسيطة من هم المهنيون الذين تقابلهم عندما تطلب اللجوء. الدليل متوفر بالإنجليزية والعربية والفارسية.',
        coverAlt: 'دوائر متناثرة بأحجام مختلفة بألوان الأزرق المخضر والأصفر والمرجاني',
        body: `عندما تطلب اللجوء، تقابل أشخاصاً جدداً كثيرين. قد يكون من الصعب أن تعرف من هم جميعاً. أخبرنا الشباب بذلك، فصنعنا هذا الدليل معهم.

## ماذا يوجد في الدليل
- من هو كل شخص، مثل الأخصائي الاجتماعي أو المحامي
- ماذا يفعل كل شخص
- كيف يمكن لكل شخص أن يساعدك

## اقرأه بلغتك
الدليل متوفر بالإنجليزية والعربية والفارسية، وهو مجاني. يمكنك تنزيله من صفحة الموارد.

إذا كان لديك سؤال، اتصل بخط المشورة على الرقم [${ADVICE_LINE.phone}](tel:${ADVICE_LINE.phone.replace(/\s/g, '')}). الاتصال مجاني وسرّي.`,
      },
      fa: {
        title: 'راهنمای تازه برای نوجوانان: چه کسی چه کاره است',
        summary:
          'راهنمای تازه‌ی ما با زبانی ساده توضیح می‌دهد وقتی درخواست پناهندگی می‌دهید با چه متخصصانی روبه‌رو می‌شوید. این راهنما به انگلیسی، عربی و فارسی است.',
        coverAlt: 'دایره‌های پراکنده در اندازه‌های مختلف به رنگ‌های سبزآبی، زرد و مرجانی',
        body: `وقتی درخواست پناهندگی می‌دهید، با آدم‌های تازه‌ی زیادی آشنا می‌شوید. ممکن است سخت باشد بدانید هر کدام چه کسی است. نوجوانان این را به ما گفتند، پس این راهنما را همراه با خود آن‌ها ساختیم.

## در این راهنما چه هست
- هر کس چه کسی است، مثل مددکار اجتماعی یا وکیل شما
- هر کس چه کاری انجام می‌دهد
- هر کس چطور می‌تواند به شما کمک کند

## آن را به زبان خودتان بخوانید
این راهنما به انگلیسی، عربی و فارسی است و رایگان است. می‌توانید آن را از صفحه‌ی منابع دانلود کنید.

اگر سؤالی دارید، با خط مشاوره‌ی ما به شماره‌ی [${ADVICE_LINE.phone}](tel:${ADVICE_LINE.phone.replace(/\s/g, '')}) تماس بگیرید. تماس رایگان و محرمانه است.`,
      },
    },
  },
  {
    slug: 'annual-review-draft',
    category: 'news',
    displayDate: { daysAgo: 2 },
    topics: [],
    relatedResources: [],
    cover: 'cover-waves',
    draft: true,
    text: {
      en: {
        title: 'Our year in review (draft, not for publication)',
        summary:
          'Draft notes for the annual review. The figures still have to be checked by the finance team.',
        coverAlt: 'Layers of gentle waves in teal, yellow and coral',
        body: `This article is a draft. It must never appear on the public website.

- Young people represented: to be confirmed
- Training sessions delivered: to be confirmed`,
      },
    },
  },
];
