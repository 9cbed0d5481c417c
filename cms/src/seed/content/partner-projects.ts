/** The two partner projects from the charity's material. Partner links use example.org. */
import type { ImageKey } from './images';
import type { SeedPartnerProject } from './types';

export const PARTNER_PROJECTS: Array<SeedPartnerProject<ImageKey>> = [
  {
    slug: 'breaking-the-chains',
    projectStatus: 'active',
    startDate: '2022-04-01',
    partners: [
      {
        name: 'Shpresa Programme',
        url: 'https://example.org/partners/shpresa-programme',
        description:
          'A user-led organisation working with the Albanian community in the UK, and our partner in Breaking the Chains.',
      },
    ],
    cover: 'cover-links',
    relatedArticles: [
      'breaking-the-chains-partnership-with-shpresa-programme',
      'remembering-luljeta-nuzi',
      'why-we-are-calling-for-the-repeal-of-section-59',
    ],
    relatedResources: ['representing-young-albanian-asylum-seekers', 'your-asylum-interview-what-to-expect'],
    text: {
      en: {
        name: 'Breaking the Chains',
        summary:
          'A child-centred legal service for Albanian children and young people seeking asylum, run with Shpresa Programme.',
        coverAlt: 'Teal and coral rings in a row, one ring open in yellow',
        body: `Breaking the Chains gives asylum-seeking children and young people from Albania a complete legal service built around them: advice, representation and support, all in one place.

## How it works
- Our lawyers represent each young person from the first meeting to the final decision
- Shpresa Programme offers community support, activities and people who speak their language
- Young people help to shape the project and the resources it produces

## Who it is for
Albanian children and young people seeking asylum in the UK. Many of them have survived trafficking or exploitation.

## Working with us
Lawyers can use the toolkit this project has produced. Professionals can refer a young person through our advice line.`,
      },
      sq: {
        name: 'Breaking the Chains (Thyejmë zinxhirët)',
        summary:
          'Një shërbim ligjor që e vë fëmijën në qendër, për fëmijët dhe të rinjtë shqiptarë që kërkojnë azil, në bashkëpunim me Shpresa Programme.',
        coverAlt: 'Unaza në ngjyrë blu të errët dhe koral në një rresht, njëra e hapur në të verdhë',
        body: `Breaking the Chains u ofron fëmijëve dhe të rinjve nga Shqipëria që kërkojnë azil një shërbim të plotë ligjor, të ndërtuar rreth nevojave të tyre: këshillim, përfaqësim dhe mbështetje, të gjitha në një vend.

## Si funksionon
- Avokatët tanë e përfaqësojnë çdo të ri nga takimi i parë deri te vendimi përfundimtar
- Shpresa Programme ofron mbështetje nga komuniteti, aktivitete dhe njerëz që flasin gjuhën e tyre
- Të rinjtë ndihmojnë në formësimin e projektit dhe të materialeve që ai përgatit

## Për kë është
Për fëmijët dhe të rinjtë shqiptarë që kërkojnë azil në Mbretërinë e Bashkuar. Shumë prej tyre i kanë mbijetuar trafikimit ose shfrytëzimit.`,
      },
    },
  },
  {
    slug: 'kids-in-need-of-defense-uk',
    projectStatus: 'active',
    startDate: '2023-06-01',
    partners: [
      {
        name: 'Kids in Need of Defense (KIND, Inc.)',
        url: 'https://example.org/partners/kind',
        description:
          'A US charity whose pro bono programme finds volunteer lawyers for unaccompanied and separated children.',
      },
      {
        name: 'UK legal advice charities',
        url: 'https://example.org/partners/kind-uk-charities',
        description:
          'Three UK legal advice charities, including us, who train, mentor and support the volunteer lawyers.',
      },
    ],
    cover: 'cover-sunrise',
    relatedArticles: ['kids-in-need-of-defense-uk-launch'],
    relatedResources: ['without-papers-undocumented-children-report', 'immigration-basics-for-foster-carers'],
    text: {
      en: {
        name: 'Kids in Need of Defense UK',
        summary:
          'Free lawyers for migrant children and young people who cannot get legal aid, through a pro bono programme modelled on KIND in the United States.',
        coverAlt: 'Soft half circles in yellow, coral and teal rising like a sunrise',
        seo: {
          metaTitle: 'Kids in Need of Defense UK: pro bono lawyers for children',
          metaDescription:
            'A pro bono programme that matches migrant children without legal aid with trained volunteer lawyers.',
        },
        body: `Kids in Need of Defense UK (KIND UK) brings the pro bono model of the US charity KIND into the UK legal system. It is a collaboration between KIND and three UK legal advice charities.

## The problem
Some children cannot get legal aid for their immigration case, and in many areas there are not enough legal aid lawyers. Without a lawyer, a child can lose the chance to stay safely in the UK.

## What KIND UK does
- Recruits lawyers from law firms and companies to work for free
- Trains and mentors them in children’s immigration law
- Matches each child with a lawyer who sees the case through

## The goal
A programme that can sustain itself, so that every migrant child who needs a lawyer can have one.`,
      },
    },
  },
];
