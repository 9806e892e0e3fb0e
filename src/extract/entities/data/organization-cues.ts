/**
 * Words that end (or open, before "of") the name of an organization: "Gaza Health Ministry",
 * "Ministry of Health", "al-Quds Brigades", "Al-Aqsa TV", "Rapid Support Forces".
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Army', 'Forces', 'Force', 'Brigades', 'Brigade', 'Battalion', 'Battalions', 'Division',
  'Regiment', 'Corps', 'Guard', 'Guards', 'Police', 'Movement', 'Party', 'Council', 'Agency', 'Authority',
  'Committee', 'Commission', 'Office', 'Organization', 'Organisation', 'Front', 'Group', 'Union',
  'League', 'Federation', 'Association', 'Society', 'Foundation', 'Institute', 'Institution', 'Centre',
  'Center', 'Service', 'Services', 'Directorate', 'Department', 'Bureau', 'Cabinet', 'Government',
  'Parliament', 'Assembly', 'Congress', 'Senate', 'Court', 'Tribunal', 'Navy', 'Militia', 'Coalition',
  'Alliance', 'Crescent', 'Cross', 'TV', 'Television', 'Radio', 'News', 'Times', 'Post', 'Press',
  'Network', 'Channel', 'Broadcasting', 'Herald', 'Gazette', 'Journal', 'Tribune', 'Telegraph', 'Monitor',
  'Observatory', 'International', 'Nations', 'Bank', 'Fund', 'Programme', 'Program', 'Mission',
  'Company', 'Corporation', 'Headquarters', 'Staff', 'Secretariat', 'Inc', 'Ltd', 'University', 'College', 'Academy', 'Church', 'Mosque',
  'Hezbollah', 'Wagner', 'Agencies', 'Wire', 'Desk', 'Agence', 'Collectif', 'Command', 'Jama\'at',
]);

/**
 * Organizations known by a single name or acronym, and a few multi-word ones: matched as the whole
 * name. Parties to the same conflicts are listed alike (Hamas and the IDF, the RSF and the SAF).
 */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set([
  'UN', 'U.N.', 'UNRWA', 'OCHA', 'WHO', 'ICRC', 'UNICEF', 'UNHCR', 'UNFPA', 'WFP', 'UNDP', 'IAEA', 'ICC',
  'ICJ', 'IOM', 'MSF', 'NATO', 'EU', 'E.U.', 'AU', 'OSCE', 'OPEC', 'IMF', 'Interpol', 'Amnesty', 'Oxfam',
  'Hamas', 'Hezbollah', 'Hizbollah', 'Fatah', 'IDF', 'Houthis', 'Houthi', 'Shin Bet', 'Mossad', 'Kremlin',
  'Pentagon', 'Knesset', 'Likud', 'RSF', 'SAF', 'Janjaweed', 'Wagner', 'Taliban', 'ISIS', 'ISIL', 'Daesh',
  'Islamic State', 'Islamic Jihad', 'Al-Qaeda', 'al-Qaeda', 'Al Qaeda', 'PKK', 'YPG', 'SDF', 'HTS', 'PLO',
  'PA', 'FSB', 'GRU', 'SBU', 'Rosgvardia', 'Reuters', 'AFP', 'AP', 'BBC', 'CNN', 'Al Jazeera', 'Al-Jazeera',
  'WAFA', 'Wafa', 'TASS', 'RIA', 'Ukrinform', 'Interfax', 'SUNA', 'White House', 'State Department',
  'Red Cross', 'Red Crescent', 'Security Council', 'United Nations', 'European Union', 'African Union',
  'Human Rights Watch',
]);

/**
 * Words after which "of"/"for" (and "of the") continue the same name: "Ministry of Health",
 * "Office for the Coordination", "Gulf of Aden", "Republic of the Congo".
 */
export const OF_JOINING_HEADS: ReadonlySet<string> = new Set([
  'Ministry', 'Minister', 'Office', 'Council', 'Committee', 'Commission', 'Agency', 'Organization',
  'Organisation', 'Department', 'Directorate', 'Bureau', 'Bank', 'University', 'Institute', 'League',
  'Union', 'Federation', 'Association', 'Society', 'Court', 'Republic', 'Kingdom', 'State', 'States',
  'Emirate', 'Gulf', 'Sea', 'Strait', 'Bay', 'Isle', 'Cape', 'Coordination',
  'Commissioner', 'Headquarters', 'Friends', 'Children', 'Mothers', 'Families', 'Forum', 'Movement', 'Party', 'Front', 'Army', 'Forces',
]);
