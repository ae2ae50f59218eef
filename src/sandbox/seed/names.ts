import type { SeededRandom } from '../random.js';

const FIRST_NAMES = [
  'Aisha',
  'Alejandro',
  'Amara',
  'Anders',
  'Ana',
  'Arjun',
  'Beatriz',
  'Ben',
  'Camille',
  'Carlos',
  'Chen',
  'Chloe',
  'Daniel',
  'Darius',
  'Elena',
  'Emeka',
  'Emma',
  'Farah',
  'Fatima',
  'Felix',
  'Grace',
  'Hana',
  'Hiroshi',
  'Ibrahim',
  'Ines',
  'Isaac',
  'Jakob',
  'James',
  'Jin',
  'Julia',
  'Kai',
  'Kavya',
  'Kofi',
  'Laila',
  'Lars',
  'Leila',
  'Liam',
  'Lucia',
  'Mai',
  'Marco',
  'Maria',
  'Mateo',
  'Maya',
  'Mei',
  'Mohammed',
  'Nadia',
  'Naomi',
  'Nikolai',
  'Noah',
  'Olga',
  'Omar',
  'Priya',
  'Rafael',
  'Ravi',
  'Rosa',
  'Sakura',
  'Samuel',
  'Sara',
  'Sean',
  'Sofia',
  'Tariq',
  'Thandiwe',
  'Tomas',
  'Valentina',
  'Wei',
  'Yara',
  'Yusuf',
  'Zanele',
  'Zoe',
];

const LAST_NAMES = [
  'Abara',
  'Adeyemi',
  'Andersson',
  'Bauer',
  'Becker',
  'Bianchi',
  'Brown',
  'Carvalho',
  'Chen',
  'Cohen',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fernandes',
  'Fischer',
  'Garcia',
  'Gupta',
  'Haddad',
  'Hansen',
  'Hernandez',
  'Ito',
  'Ivanova',
  'Jensen',
  'Johnson',
  'Kaur',
  'Khan',
  'Kim',
  'Kowalski',
  'Kumar',
  'Larsen',
  'Lee',
  'Lopez',
  'Martin',
  'Mensah',
  'Moreau',
  'Muller',
  'Nakamura',
  'Nguyen',
  'Novak',
  'Okafor',
  'Okoye',
  'Olsen',
  'Patel',
  'Petrov',
  'Popescu',
  'Reyes',
  'Rossi',
  'Santos',
  'Sato',
  'Schmidt',
  'Silva',
  'Singh',
  'Smith',
  'Suzuki',
  'Tanaka',
  'Taylor',
  'Tran',
  'Van Dijk',
  'Wagner',
  'Wang',
  'Williams',
  'Wojcik',
  'Yamamoto',
  'Zhang',
];

const SERVICES = [
  'ci-deploy',
  'github-actions',
  'jenkins',
  'terraform',
  'backup',
  'log-shipper',
  'metrics-exporter',
  'etl',
  'billing-export',
  'datadog',
  'artifact-sync',
  'dns-updater',
];

export interface Person {
  userName: string;
  first: string;
  last: string;
}

/**
 * Hands out plausible, unique user names: `first.last` for people,
 * `svc-purpose` for service users, numbered when one is taken (a team of
 * 5,000 runs out of pairs).
 */
export class NameBook {
  private readonly taken = new Map<string, number>();

  constructor(private readonly random: SeededRandom) {}

  person(): Person {
    const first = this.random.pick(FIRST_NAMES);
    const last = this.random.pick(LAST_NAMES);
    const base = `${first}.${last}`.toLowerCase().replace(/\s+/g, '');
    return { userName: this.unique(base), first, last };
  }

  service(): string {
    return this.unique(`svc-${this.random.pick(SERVICES)}`);
  }

  private unique(base: string): string {
    const seen = this.taken.get(base) ?? 0;
    this.taken.set(base, seen + 1);
    return seen === 0 ? base : `${base}${seen + 1}`;
  }
}
