/** Mission, vision and method, in English, Albanian and Arabic. */
import type { AboutText, Translations } from './types';

export const ABOUT: Translations<AboutText> = {
  en: {
    title: 'About us',
    intro:
      'We are a specialist legal team for migrant and refugee children and young people. We give them expert legal help, train the people around them, and work to change the law so that it protects children.',
    mission:
      'Our mission is to make the immigration and asylum systems safer and fairer, and to make sure they work in the best interests of children and young people.',
    seo: {
      metaTitle: 'About the Migrant Children’s Legal Unit',
      metaDescription:
        'Our mission, vision and way of working: expert legal help for migrant and refugee children and young people.',
    },
    vision: `We want a future where every young person in the immigration system can get justice. To get there, we:

- protect and widen young people’s access to justice
- work in a way that puts children’s rights first: centred on the child and aware of trauma
- give expert legal representation
- take strategic cases that can change the law for many children
- let what we learn from our cases shape policy and research, and learn from them in return
- bring young people’s voices to the front, so they are heard at every level
- work alongside people with lived experience of the system, learn from them, and share what we learn`,
    method: `- **Reaching more young people.** We grow our skills and capacity so that we can help as many young people as possible, by representing them ourselves and by sharing our approach with other lawyers.
- **Fixing problems in the system.** We use strategic litigation to tackle laws and practices that harm children, including by supporting cases that others bring.
- **Changing policy.** We challenge and influence government policy and practice, so that its processes become more child-friendly.
- **Putting young people’s voices first.** Through partnerships with community organisations and the people we serve, we make sure our clients are heard by lawyers, opinion formers and decision makers.
- **Working with young people.** We amplify their voices, let their experience guide our work, help them understand the systems that affect them, and help them secure their future.
- **Working across sectors.** Through policy, advocacy and legal education, we help others build expertise and good practice with children who have immigration issues.`,
  },
  sq: {
    title: 'Rreth nesh',
    intro:
      'Jemi një ekip ligjor i specializuar për fëmijët dhe të rinjtë migrantë dhe refugjatë. U japim ndihmë ligjore të kualifikuar, trajnojmë njerëzit që i rrethojnë dhe punojmë për ta ndryshuar ligjin, që ai t’i mbrojë fëmijët.',
    mission:
      'Misioni ynë është t’i bëjmë sistemet e imigracionit dhe të azilit më të sigurta dhe më të drejta, dhe të sigurojmë që ato të punojnë në interesin më të mirë të fëmijëve dhe të rinjve.',
    vision: `Duam një të ardhme ku çdo i ri në sistemin e imigracionit të mund të gjejë drejtësi. Për ta arritur këtë, ne:

- mbrojmë dhe zgjerojmë aksesin e të rinjve në drejtësi
- punojmë në një mënyrë që u jep përparësi të drejtave të fëmijëve: me fëmijën në qendër dhe me vetëdije për traumën
- ofrojmë përfaqësim ligjor të kualifikuar
- ndërmarrim çështje gjyqësore strategjike që mund ta ndryshojnë ligjin për shumë fëmijë
- lejojmë që përvoja nga rastet tona të informojë politikat dhe kërkimin, dhe mësojmë edhe ne prej tyre
- i nxjerrim në pah zërat e të rinjve, që ata të dëgjohen në çdo nivel
- punojmë krah për krah me njerëz që e kanë përjetuar vetë sistemin, mësojmë prej tyre dhe ua përcjellim të tjerëve atë që mësojmë`,
    method: `- **Arrijmë më shumë të rinj.** Zhvillojmë aftësitë dhe kapacitetet tona që të ndihmojmë sa më shumë të rinj, duke i përfaqësuar vetë dhe duke ua përcjellë qasjen tonë avokatëve të tjerë.
- **Zgjidhim problemet në sistem.** Përdorim çështjet gjyqësore strategjike për të sfiduar ligje dhe praktika që i dëmtojnë fëmijët, edhe duke mbështetur çështje të ngritura nga të tjerë.
- **Ndryshojmë politikat.** Sfidojmë dhe ndikojmë në politikat dhe praktikat e qeverisë, që proceset e saj të bëhen më miqësore për fëmijët.
- **Zëri i të rinjve në radhë të parë.** Përmes partneriteteve me organizatat e komunitetit dhe me njerëzit të cilëve u shërbejmë, sigurohemi që klientët tanë të dëgjohen nga juristët, formuesit e opinionit dhe vendimmarrësit.
- **Punojmë me të rinjtë.** Ua përforcojmë zërin, lejojmë që përvoja e tyre ta udhëheqë punën tonë, i ndihmojmë të kuptojnë sistemet që ndikojnë në jetën e tyre dhe ta sigurojnë të ardhmen e tyre.
- **Bashkëpunojmë ndërmjet sektorëve.** Përmes politikave, avokimit dhe edukimit ligjor, i ndihmojmë të tjerët të krijojnë ekspertizë dhe praktika të mira në punën me fëmijët që kanë çështje imigracioni.`,
  },
  ar: {
    title: 'من نحن',
    intro:
      'نحن فريق قانوني متخصص في مساعدة الأطفال والشباب المهاجرين واللاجئين. نقدّم لهم مساعدة قانونية متخصصة، وندرّب الأشخاص المحيطين بهم، ونعمل على تغيير القانون حتى يحمي الأطفال.',
    mission:
      'مهمتنا أن نجعل نظامَي الهجرة واللجوء أكثر أماناً وعدلاً، وأن نضمن أنهما يعملان بما يحقق المصلحة الفضلى للأطفال والشباب.',
    vision: `نريد مستقبلاً يستطيع فيه كل شاب في نظام الهجرة أن يحصل على العدالة. ولتحقيق ذلك، نحن:

- نحمي حق الشباب في الوصول إلى العدالة ونوسّعه
- نعمل بطريقة تضع حقوق الأطفال أولاً: تتمحور حول الطفل وتراعي الصدمات النفسية
- نقدّم تمثيلاً قانونياً متخصصاً
- نتولى قضايا استراتيجية يمكن أن تغيّر القانون لصالح أطفال كثيرين
- نجعل خبرتنا في القضايا تُغني السياسات والأبحاث، ونتعلم منها بدورنا
- نُبرز أصوات الشباب حتى تُسمع على كل المستويات
- نعمل جنباً إلى جنب مع أشخاص عاشوا تجربة هذا النظام، فنتعلم منهم ونشارك ما نتعلمه`,
    method: `- **الوصول إلى مزيد من الشباب.** نطوّر مهاراتنا وقدراتنا لنساعد أكبر عدد ممكن من الشباب، بتمثيلهم بأنفسنا وبمشاركة منهجنا مع محامين آخرين.
- **معالجة المشكلات في النظام.** نلجأ إلى التقاضي الاستراتيجي للطعن في القوانين والممارسات التي تضر بالأطفال، ومن ذلك دعم قضايا يرفعها آخرون.
- **تغيير السياسات.** نطعن في سياسات الحكومة وممارساتها ونؤثر فيها، حتى تصبح إجراءاتها أكثر مراعاةً للأطفال.
- **أصوات الشباب أولاً.** من خلال الشراكات مع منظمات المجتمع ومع من نخدمهم، نحرص على أن يسمع المحامون وصنّاع الرأي وأصحاب القرار أصوات موكّلينا.
- **العمل مع الشباب.** نرفع أصواتهم، ونجعل تجاربهم توجّه عملنا، ونساعدهم على فهم الأنظمة التي تؤثر في حياتهم وعلى تأمين مستقبلهم.
- **العمل عبر القطاعات.** من خلال السياسات والمناصرة والتثقيف القانوني، نساعد الآخرين على بناء الخبرة والممارسات الجيدة في العمل مع الأطفال الذين لديهم قضايا هجرة.`,
  },
};
