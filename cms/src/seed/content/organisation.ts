/**
 * The demo charity's contact details. Everything here is invented for the demo: the phone
 * number is in Ofcom's range reserved for drama (020 7946 0xxx), addresses use example.org.
 */
export const ORGANISATION_NAME = 'Migrant Children’s Legal Unit';
export const ADVICE_LINE = {
  phone: '020 7946 0321',
  email: 'advice@example.org',
} as const;
