/**
 * Capitalised words that end the name of a place: "Gaza City", "Gaza Strip", "Salah al-Din Street",
 * "Beach Refugee Camp", "Kharkiv Oblast".
 */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  'City', 'Strip', 'Street', 'St', 'Road', 'Avenue', 'Boulevard', 'Square', 'Highway', 'Camp', 'Province',
  'Region', 'District', 'Governorate', 'Oblast', 'County', 'State', 'Valley', 'River', 'Mountains',
  'Mountain', 'Mount', 'Heights', 'Hills', 'Sea', 'Gulf', 'Bay', 'Island', 'Islands', 'Peninsula',
  'Desert', 'Crossing', 'Airport', 'Port', 'Harbour', 'Harbor', 'Hospital', 'Bridge', 'Corridor',
  'Neighbourhood', 'Neighborhood', 'Quarter', 'Village', 'Town', 'Plain', 'Plains', 'Lake', 'Coast',
  'Basin', 'Dam', 'Checkpoint', 'Base', 'Prison', 'Stadium', 'Market', 'Plant', 'Gate', 'Territory',
  'Territories', 'Republic', 'Kingdom', 'Emirates', 'Sinai', 'Canal', 'Cape', 'Strait', 'Straits', 'Kibbutz',
  'Moshav',
]);

/**
 * Lower-case words that finish a place name written in lower case after it: "Salah al-Din road",
 * "Jabalia camp", "Kharkiv region", "al-Shifa hospital". They join only a run of name words
 * (not a demonym or a known organization: "Israeli camp" is no place name).
 */
export const LOWERCASE_PLACE_HEADS: ReadonlySet<string> = new Set([
  'road', 'street', 'camp', 'province', 'region', 'district', 'governorate', 'oblast', 'crossing',
  'hospital', 'neighbourhood', 'neighborhood', 'highway', 'square', 'valley', 'river', 'village',
]);

/**
 * Prepositions written before a place ("in Khan Younis", "near Bakhmut", "from Rafah", "into
 * Kharkiv"): a name right after one is a place unless a stronger cue types it.
 */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'near', 'from', 'into', 'outside', 'inside', 'across', 'towards', 'toward', 'around', 'through',
  'throughout', 'outskirts', 'nearby', 'besieged',
]);

/** Lower-case words that make "X of" a place cue: "north of Gaza City", "the outskirts of Kherson". */
export const PLACE_DIRECTION_WORDS: ReadonlySet<string> = new Set([
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'outskirts',
  'centre', 'center', 'heart', 'city', 'town', 'village', 'suburbs', 'edge', 'parts', 'province', 'region',
  'district', 'governorate', 'capital', 'port',
]);
