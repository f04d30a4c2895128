import type { Chart } from '@orgwise/domain';

interface Row {
  id: string;
  title: string;
  holder?: string;
  reportsTo?: string;
  department: string;
  location: string;
  fte: number;
  cost: number;
  vacant?: boolean;
}

/** Nordlys Energi today: 40 positions with the columns an HR export brings along. */
function todayRows(): Row[] {
  const rows: Row[] = [
    {
      id: 'ceo',
      title: 'CEO',
      holder: 'Mette Lund',
      department: 'Executive',
      location: 'Aarhus',
      fte: 1,
      cost: 2_400_000,
    },
    {
      id: 'cfo',
      title: 'CFO',
      holder: 'Anders Holm',
      reportsTo: 'ceo',
      department: 'Finance',
      location: 'Aarhus',
      fte: 1,
      cost: 1_700_000,
    },
    {
      id: 'cio',
      title: 'CIO',
      holder: 'Karen Vestergaard',
      reportsTo: 'ceo',
      department: 'IT',
      location: 'Aarhus',
      fte: 1,
      cost: 1_600_000,
    },
    {
      id: 'cto',
      title: 'CTO',
      holder: 'Jonas Friis',
      reportsTo: 'cio',
      department: 'Technology',
      location: 'Copenhagen',
      fte: 1,
      cost: 1_550_000,
    },
    {
      id: 'ciso',
      title: 'CISO',
      holder: 'Lea Kjær',
      reportsTo: 'cio',
      department: 'IT',
      location: 'Copenhagen',
      fte: 1,
      cost: 1_300_000,
    },
    {
      id: 'coo',
      title: 'COO',
      holder: 'Peter Bach',
      reportsTo: 'ceo',
      department: 'Operations',
      location: 'Esbjerg',
      fte: 1,
      cost: 1_650_000,
    },
    {
      id: 'chro',
      title: 'HR Director',
      holder: 'Sofie Dam',
      reportsTo: 'ceo',
      department: 'People',
      location: 'Aarhus',
      fte: 0.8,
      cost: 1_050_000,
    },
  ];
  const team = (
    manager: string,
    prefix: string,
    titles: string[],
    department: string,
    location: string,
    cost: number,
  ) => {
    titles.forEach((title, i) => {
      rows.push({
        id: `${prefix}${i + 1}`,
        title,
        holder: `${['Ida', 'Emil', 'Freja', 'Oscar', 'Alma', 'Noah', 'Ella', 'Victor'][i % 8]} ${['Møller', 'Berg', 'Nygaard', 'Winther', 'Krogh', 'Lind'][(i + prefix.length) % 6]}`,
        reportsTo: manager,
        department,
        location,
        fte: i % 4 === 3 ? 0.8 : 1,
        cost: cost - i * 20_000,
      });
    });
  };
  team(
    'cfo',
    'fin',
    ['Financial Controller', 'Accountant', 'Payroll Specialist', 'Treasury Analyst'],
    'Finance',
    'Aarhus',
    720_000,
  );
  team(
    'cio',
    'it',
    ['Head of IT Operations', 'Service Desk Lead', 'ERP Manager'],
    'IT',
    'Aarhus',
    820_000,
  );
  team(
    'cto',
    'eng',
    ['Head of Platform', 'Engineering Manager', 'Data Lead', 'Principal Engineer'],
    'Technology',
    'Copenhagen',
    980_000,
  );
  team('ciso', 'sec', ['Security Architect', 'Security Analyst'], 'IT', 'Copenhagen', 860_000);
  team(
    'coo',
    'ops',
    [
      'Plant Manager Esbjerg',
      'Plant Manager Skive',
      'Maintenance Lead',
      'Logistics Manager',
      'Procurement Manager',
      'HSE Manager',
      'Quality Manager',
    ],
    'Operations',
    'Esbjerg',
    780_000,
  );
  team(
    'chro',
    'hr',
    ['HR Business Partner', 'Recruiter', 'Learning Partner'],
    'People',
    'Aarhus',
    640_000,
  );
  team(
    'ops1',
    'esb',
    ['Shift Lead North', 'Shift Lead South', 'Electrician'],
    'Operations',
    'Esbjerg',
    560_000,
  );
  team('ops2', 'ski', ['Shift Lead Skive', 'Technician'], 'Operations', 'Skive', 540_000);
  team('eng1', 'plat', ['Cloud Engineer'], 'Technology', 'Copenhagen', 760_000);
  return rows;
}

function chartOf(rows: Row[]): Chart {
  return {
    version: 1,
    company: { name: 'Nordlys Energi A/S', headcount: 180, businessModel: 'enterprise' },
    positions: rows.map(({ vacant, ...row }) => (vacant ? { ...row, vacant } : row)),
  };
}

/**
 * A consultant's three options for Nordlys Energi: today, the CTO and the CISO out from under the
 * CIO (with a new Head of Data), and a leaner operations organisation. 40 positions, with
 * department, location, FTE and cost on each, as an HR import keeps them.
 */
export function nordlysOptions() {
  const today = todayRows();
  const split = today.map((row) =>
    row.id === 'cto' || row.id === 'ciso' ? { ...row, reportsTo: 'ceo' } : row,
  );
  split.push({
    id: 'data',
    title: 'Head of Data',
    reportsTo: 'cto',
    department: 'Technology',
    location: 'Copenhagen',
    fte: 1,
    cost: 1_100_000,
    vacant: true,
  });
  const lean = today
    .filter((row) => row.id !== 'ops5')
    .map((row) => (row.id === 'ops3' || row.id === 'ops4' ? { ...row, reportsTo: 'ops1' } : row));
  return [
    {
      name: 'Today',
      description: 'Technology and security both report through the CIO.',
      chart: chartOf(today),
    },
    {
      name: 'Option A: split CIO and CTO',
      description:
        'The CTO and the CISO join the executive team; a Head of Data is hired under the CTO.',
      chart: chartOf(split),
    },
    {
      name: 'Option B: lean operations',
      description:
        'Maintenance and logistics move under the Esbjerg plant; procurement is outsourced.',
      chart: chartOf(lean),
    },
  ];
}
