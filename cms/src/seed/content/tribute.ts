/**
 * The tribute from the charity's material. The portrait is an abstract image, not a likeness.
 * The consent record is demo data, stored in private fields that never reach the site.
 */
import type { ImageKey } from './images';
import type { SeedTribute } from './types';

export const TRIBUTES: Array<SeedTribute<ImageKey>> = [
  {
    slug: 'luljeta-nuzi',
    displayDate: { daysAgo: 200 },
    portrait: 'portrait-bloom',
    consent: {
      given: true,
      givenBy: 'Shpresa Programme, with the agreement of Luljeta’s family',
      recordedOn: { daysAgo: 203 },
      notes:
        'Demo record. Consent given by phone to the communications lead and confirmed by email. ' +
        'The family asked for no photographs: an abstract image was agreed instead. ' +
        'Check any change of wording with Shpresa Programme first.',
    },
    text: {
      en: {
        name: 'Luljeta Nuzi',
        roleLine: 'Founder and former chief executive of Shpresa Programme',
        portraitAlt: 'An abstract flower of coral and yellow petals, chosen in memory of Luljeta',
        body: `Luljeta Nuzi founded Shpresa Programme, a user-led charity for the Albanian community in the UK, and was its chief executive.

She believed that people who have lived through the asylum system should shape the help that others receive. Shpresa grew from that belief.

Luljeta created Breaking the Chains, our partnership with Shpresa for Albanian children and young people seeking asylum. Because of her, many young people now have a lawyer who believes them and a community that stands with them.

She died after a long illness with cancer. We are grateful for everything she gave, and we will carry on the work she started.`,
      },
      sq: {
        name: 'Luljeta Nuzi',
        roleLine: 'Themeluese dhe ish-drejtoreshë ekzekutive e Shpresa Programme',
        portraitAlt: 'Një lule abstrakte me petale koral dhe të verdha, e zgjedhur në kujtim të Luljetës',
        body: `Luljeta Nuzi themeloi Shpresa Programme, një organizatë bamirëse e drejtuar nga vetë anëtarët e komunitetit shqiptar në Mbretërinë e Bashkuar, dhe ishte drejtoreshë ekzekutive e saj.

Ajo besonte se njerëzit që e kanë përjetuar vetë sistemin e azilit duhet të ndihmojnë në formësimin e mbështetjes që marrin të tjerët. Shpresa lindi nga ky besim.

Luljeta krijoi Breaking the Chains, partneritetin tonë me Shpresën për fëmijët dhe të rinjtë shqiptarë që kërkojnë azil. Falë saj, shumë të rinj sot kanë një avokat që u beson dhe një komunitet që qëndron pranë tyre.

Ajo ndërroi jetë pas një sëmundjeje të gjatë me kancer. Jemi mirënjohës për gjithçka që dha dhe do ta vazhdojmë punën që ajo nisi.`,
      },
    },
  },
];
