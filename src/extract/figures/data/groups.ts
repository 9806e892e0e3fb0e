/**
 * Nouns that tell a count of people from a count of things. All lower case. A group is accepted
 * when its last noun is listed here, ends in one of PEOPLE_SUFFIXES, or is a capitalised plural
 * ("Palestinians", "Gazans", "Israelis"); it is refused when its first noun is in NOT_PEOPLE.
 */
export const PEOPLE_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'person', 'individuals', 'civilians', 'children', 'kids', 'babies', 'infants', 'minors',
  'newborns', 'women', 'men', 'girls', 'boys', 'adults', 'elderly', 'residents', 'villagers', 'inhabitants',
  'citizens', 'nationals', 'soldiers', 'troops', 'servicemen', 'servicemembers', 'personnel', 'officers',
  'police', 'policemen', 'fighters', 'militants', 'combatants', 'insurgents', 'rebels', 'gunmen', 'militiamen',
  'members', 'staff', 'workers', 'employees', 'volunteers', 'journalists', 'reporters', 'doctors', 'nurses',
  'medics', 'paramedics', 'patients', 'students', 'pupils', 'schoolchildren', 'schoolgirls', 'schoolboys',
  'teachers', 'worshippers', 'pilgrims', 'passengers', 'migrants', 'refugees', 'evacuees', 'prisoners',
  'detainees', 'hostages', 'captives', 'abductees', 'protesters', 'demonstrators', 'farmers', 'fishermen',
  'relatives', 'others', 'victims', 'survivors', 'population', 'mourners', 'bystanders', 'commanders',
  'recruits', 'conscripts', 'reservists', 'guards', 'officials', 'crew', 'crewmen', 'sailors', 'pilots',
  'firefighters', 'rescuers', 'peacekeepers', 'contractors', 'tourists', 'visitors', 'miners', 'youths',
  'teenagers', 'toddlers', 'mothers', 'fathers', 'sons', 'daughters', 'brothers', 'sisters',
  'inmates', 'mercenaries', 'seafarers', 'deportees', 'cadets', 'marines', 'paratroopers', 'servicewomen', 'gazans', 'humanitarians',
  'operatives', 'agents', 'commandos', 'spies', 'delegates', 'diplomats', 'envoys', 'clerics', 'imams', 'natives',
  'representatives', 'executives', 'detectives', 'judges', 'guerrillas', 'partisans', 'bodyguards', 'sentries',
  'veterans', 'trainees', 'orphans', 'widows', 'chiefs', 'guests', 'fans', 'monks', 'nuns', 'priests', 'suspects',
  'companions', 'colleagues', 'friends', 'neighbours', 'neighbors', 'comrades', 'associates', 'peasants', 'campesinos',
]);

/**
 * Singular people words, for counts of one ("one soldier was killed", "One teacher was shot dead").
 * Words ending in "-man"/"-woman" count too.
 */
export const PEOPLE_SINGULAR: ReadonlySet<string> = new Set([
  'person', 'civilian', 'child', 'woman', 'man', 'girl', 'boy', 'baby', 'infant', 'soldier', 'officer', 'fighter',
  'militant', 'resident', 'teacher', 'student', 'pupil', 'journalist', 'reporter', 'doctor', 'nurse', 'medic',
  'paramedic', 'patient', 'worker', 'volunteer', 'hostage', 'captive', 'prisoner', 'detainee', 'member', 'guard',
  'pilot', 'sailor', 'seafarer', 'national', 'citizen', 'commander', 'villager', 'farmer', 'protester', 'teenager',
  'toddler', 'mother', 'father', 'son', 'daughter', 'brother', 'sister', 'employee', 'contractor', 'official',
  'adult', 'policeman', 'policewoman', 'priest', 'driver', 'passenger', 'bystander',
]);

/** Endings of plural nouns for people: "employ*ees*", "journal*ists*", "Palestin*ians*", "resid*ents*". */
export const PEOPLE_SUFFIXES: readonly string[] = ['ees', 'ists', 'ians', 'ants', 'ents', 'ers', 'ors', 'men', 'women'];

/**
 * Things that are counted in war reports but are not people: weapons, vehicles, buildings,
 * attacks, spans of time, money. Refuses "12 tanks", "40 drones", "300 strikes", "17 days".
 */
export const NOT_PEOPLE: ReadonlySet<string> = new Set([
  'tanks', 'tank', 'drones', 'drone', 'missiles', 'missile', 'rockets', 'rocket', 'shells', 'shell', 'bombs',
  'bomb', 'mortars', 'jets', 'aircraft', 'planes', 'helicopters', 'vehicles', 'vehicle', 'trucks', 'lorries',
  'cars', 'buses', 'boats', 'ships', 'vessels', 'bulldozers', 'launchers', 'weapons', 'guns', 'rifles',
  'containers', 'shelters', 'tankers', 'carriers', 'transporters', 'howitzers', 'rounds', 'bullets',
  'buildings', 'building', 'homes', 'houses', 'apartments', 'hospitals', 'hospital', 'schools', 'school',
  'mosques', 'churches', 'towers', 'bridges', 'roads', 'tunnels', 'shafts', 'sites', 'targets', 'positions',
  'villages', 'towns', 'cities', 'districts', 'neighbourhoods', 'neighborhoods', 'camps', 'crossings',
  'strikes', 'strike', 'airstrikes', 'attacks', 'attack', 'raids', 'operations', 'incidents', 'explosions',
  'blasts', 'waves', 'salvos', 'barrages', 'sorties', 'times', 'years', 'year', 'months', 'month', 'weeks',
  'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'nights', 'decades', 'centuries',
  'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'feet', 'tonnes', 'tons', 'litres', 'liters',
  'dollars', 'euros', 'shekels', 'pounds', 'points', 'goals', 'votes', 'seats', 'pages', 'percent',
  'acres', 'hectares', 'dunams', 'kilograms', 'kg', 'beds', 'meals', 'parcels', 'loads', 'animals', 'cattle',
  'sheep', 'goats', 'horses', 'dogs', 'cows', 'chickens', 'trees', 'graves', 'grave', 'fronts', 'brigades',
  'battalions', 'divisions', 'units', 'countries', 'nations', 'states', 'agencies', 'organisations',
  'organizations', 'groups', 'factions', 'parties', 'companies', 'stories', 'reports', 'articles', 'letters',
  'numbers', 'kilometre', 'kilometer', 'mile', 'metre', 'meter', 'per', 'calls', 'messages', 'posts', 'videos',
  'photos', 'images', 'shots', 'episodes', 'cases', 'trips', 'flights', 'routes', 'corridors', 'checkpoints',
  // A family or a household is several people of unknown number: "300 families were displaced"
  // counts families, so its value is no count of people (CONTRACT.md: a figure counts people).
  'families', 'households', 'tents',
]);
