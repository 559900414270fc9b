// biome-ignore-all format: compact word lists read better than one entry per line
// Word lists for the synthetic LinkedIn export generator. Everything here is invented; company names
// are fictional so that no real organisation ends up in test data.

export const FIRST_NAMES: readonly string[] = [
  'Anna', 'James', 'Maria', 'David', 'Sarah', 'Michael', 'Laura', 'Daniel', 'Emily', 'Chris',
  'Jessica', 'Matthew', 'Olivia', 'Andrew', 'Sophie', 'Ryan', 'Hannah', 'Kevin', 'Rachel', 'Brian',
  'Megan', 'Jason', 'Lauren', 'Eric', 'Nicole', 'Mark', 'Amanda', 'Steven', 'Julia', 'Paul',
  'Rebecca', 'Adam', 'Katherine', 'Tom', 'Emma', 'Peter', 'Grace', 'Sam', 'Alex', 'Jordan',
  'Taylor', 'Morgan', 'Priya', 'Rahul', 'Ananya', 'Vikram', 'Arjun', 'Deepa', 'Wei', 'Li',
  'Mei', 'Jun', 'Hiroshi', 'Yuki', 'Kenji', 'Min-jun', 'Ji-woo', 'Seo-yeon', 'Ahmed', 'Fatima',
  'Omar', 'Layla', 'Yusuf', 'Amira', 'Mohammed', 'Aisha', 'Carlos', 'Lucia', 'Diego', 'Sofia',
  'Mateo', 'Valentina', 'Pedro', 'Camila', 'Lars', 'Ingrid', 'Nils', 'Astrid', 'Pieter', 'Femke',
  'Jan', 'Katarzyna', 'Tomasz', 'Ivan', 'Olga', 'Dmitri', 'Elena', 'Giulia', 'Marco', 'Francesca',
  'Luca', 'Chiara', 'Kwame', 'Amara', 'Chidi', 'Ngozi', 'Tariq', 'Nadia', 'Ethan', 'Chloe',
  'Noah', 'Mia', 'Liam', 'Ava', 'Lucas', 'Zoe', 'Oliver', 'Isla', 'Jack', 'Ella',
  'Ben', 'Kate', 'Nick', 'Claire', 'Dan', 'Lisa', 'Joe', 'Amy', 'Rob', 'Helen',
  'Greg', 'Tina', 'Raj', 'Neha', 'Sanjay', 'Pooja', 'Hugo', 'Clara', 'Felix', 'Lena',
  'Max', 'Nora', 'Leo', 'Ruth', 'Ian', 'Fiona', 'Sean', 'Aoife', 'Kai', 'Maya',
  // Non-ASCII on purpose: the export carries them raw, percent-encoded only in Connections.csv URLs.
  'José', 'Zoë', 'Søren', 'Łukasz', 'François', 'Björn', 'Ólafur', 'Chloé', 'Håkon', 'Inès',
  'Mónica', 'Renée', 'Jürgen', 'Çağla', 'Thị Lan', 'Žofia', 'Ángel', 'Noémie', 'Andrés', 'Dóra',
];

export const LAST_NAMES: readonly string[] = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor',
  'Thomas', 'Moore', 'Martin', 'Jackson', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson',
  'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Green', 'Baker', 'Adams', 'Nelson',
  'Hill', 'Campbell', 'Mitchell', 'Roberts', 'Carter', 'Phillips', 'Evans', 'Turner', 'Parker', 'Collins',
  'Edwards', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers', 'Morgan', 'Cooper', 'Peterson', 'Reed',
  'Lee', 'Kim', 'Park', 'Chen', 'Wang', 'Zhang', 'Liu', 'Nguyen', 'Tran', 'Tanaka',
  'Sato', 'Suzuki', 'Patel', 'Shah', 'Singh', 'Sharma', 'Gupta', 'Iyer', 'Reddy', 'Khan',
  'Hassan', 'Ali', 'Rahman', 'Haddad', 'Garcia', 'Rodriguez', 'Martinez', 'Lopez', 'Gonzalez', 'Hernandez',
  'Silva', 'Santos', 'Oliveira', 'Costa', 'Rossi', 'Bianchi', 'Romano', 'Ricci', 'Schmidt', 'Schneider',
  'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann', 'Jansen', 'de Vries', 'van der Berg', 'Bakker', 'Visser',
  'Larsen', 'Hansen', 'Nielsen', 'Andersson', 'Johansson', 'Novak', 'Kowalski', 'Ivanov', 'Petrov', 'Popescu',
  'Okafor', 'Mensah', 'Adeyemi', 'Okoro', "O'Brien", 'Walsh', 'Byrne', 'Murray', 'Kelly', 'Ryan',
  'MacDonald', 'Fraser', 'Grant', 'Hughes', 'Price', 'Bennett', 'Wood', 'Ward', 'Foster', 'Hayes',
  // Non-ASCII on purpose.
  'Müller', 'García', 'Pérez', 'Søndergaard', 'Dvořák', 'Wiśniewski', 'Şahin', 'Yılmaz', 'Nguyễn', 'Ström',
  'Lefèvre', 'Gómez', 'Núñez', 'Björk', 'Østergaard', 'Kovačević', 'Jørgensen', 'Łopatka', 'Ferrão', 'Göksel',
];

/** Single fictional brands used only for the owner's employers (never for other companies). */
export const EMPLOYER_BASES: readonly string[] = [
  'Acme', 'Globex', 'Initech', 'Hooli', 'Vandelay', 'Umbrella', 'Soylent', 'Cyberdyne', 'Tyrell', 'Wonka',
  'Aperture', 'Oscorp', 'Monarch', 'Nakatomi', 'Virtucon', 'Weyland', 'Massive Dynamic', 'Pied Piper',
  'Dunder Mifflin', 'Sterling Cooper', 'Stark', 'Wayne', 'Gringotts', 'Rekall', 'Zorg', 'Gekko', 'Bluth',
  'Krusty', 'Duff', 'Paper Street', 'Vehement', 'Prestige Worldwide', 'Lacuna', 'Abstergo', 'Encom',
  'Tricell', 'Yoyodyne', 'Omni', 'Sirius', 'Veridian', 'Contoso', 'Fabrikam', 'Litware', 'Northwind',
];

/** Legal suffixes for the spelling in Positions.csv. */
export const LEGAL_SUFFIXES: readonly string[] = [
  'Inc.', 'Inc.', 'Inc.', 'Ltd', 'LLC', 'GmbH', 'Corp.', 'Corporation', 'Group', 'Technologies', 'plc', 'B.V.',
];

/** Weak variants: a team, lab or regional unit that a colleague might put instead of the parent. */
export const WEAK_SUFFIXES: readonly string[] = ['Labs', 'Research', 'Digital', 'Europe', 'Cloud', 'Studios'];

export const COMPANY_PREFIXES: readonly string[] = [
  'Blue', 'Bright', 'North', 'Silver', 'Quantum', 'Nova', 'Apex', 'Cedar', 'Summit', 'Harbor',
  'Pioneer', 'Vertex', 'Lumen', 'Orbit', 'Pinnacle', 'Crimson', 'Evergreen', 'Falcon', 'Granite', 'Horizon',
  'Iris', 'Juniper', 'Keystone', 'Lighthouse', 'Maple', 'Nimbus', 'Oak', 'Polar', 'Quartz', 'Redwood',
  'Sapphire', 'Tidal', 'Union', 'Vivid', 'Willow', 'Zenith', 'Atlas', 'Beacon', 'Cobalt', 'Delta',
  'Echo', 'Fjord', 'Golden', 'Helix', 'Indigo', 'Jade', 'Kestrel', 'Lattice', 'Meridian', 'Nexus',
  'Onyx', 'Prism', 'Radiant', 'Sequoia', 'Terra', 'Ultra', 'Vector', 'Wave', 'Xeno', 'Yonder',
  'Zephyr', 'Amber', 'Brook', 'Canyon', 'Dune', 'Ember', 'Flint', 'Grove', 'Hearth', 'Ivory',
  'Kite', 'Lotus', 'Mosaic', 'Nectar', 'Opal', 'Pulse', 'Quill', 'Ridge', 'Slate', 'Thistle',
];

export const COMPANY_SUFFIXES: readonly string[] = [
  'Analytics', 'Systems', 'Health', 'Logistics', 'Capital', 'Software', 'Networks', 'Robotics', 'Foods',
  'Media', 'Energy', 'Bank', 'Insurance', 'Biotech', 'Consulting', 'Payments', 'Security', 'Retail',
  'Mobility', 'Games', 'Learning', 'Pharma', 'Partners', 'Solutions', 'AI', 'Data', 'Cloud', 'Studio',
  'Motors', 'Telecom', 'Travel', 'Labs', 'Ventures', 'Works', 'Digital', 'Markets', 'Semiconductors',
];

export const STAFFING_FIRMS: readonly string[] = [
  'Talentbridge Partners', 'Peak Search Group', 'Northstar Recruitment', 'Hirewell Staffing', 'BlueSky Talent',
  'Apex Staffing Solutions', 'Crestline Executive Search', 'TechForce Recruiting', 'Harbor Talent Group',
  'Signal Hire Partners', 'Keystone Search', 'Meridian People', 'Elevate Talent Co.', 'Bridgewater Staffing',
  'Quantum Talent Advisors', 'Vanguard Recruitment', 'Ironclad Search', 'Clearpath Recruiting',
];

export const CONFERENCES: readonly string[] = [
  'DevSummit', 'Data Days', 'ProductCon', 'CloudConf', 'UX Week', 'the AI Forum', 'Web Summit Local',
  'the meetup', 'QCon', 'the hackathon', 'SaaS Connect', 'the offsite workshop',
];

export const UNIVERSITIES: readonly string[] = [
  'State University', 'Institute of Technology', 'Lakeside University', 'University of Northfield',
  'Technical University of Eastmoor', 'Riverside College', 'Université de Montclair', 'Kingsbridge University',
];

export const DEGREES: readonly string[] = [
  'Bachelor of Science - BS, Computer Science', 'Master of Science - MS, Computer Science',
  'Bachelor of Engineering - BE, Electrical Engineering', 'Master of Business Administration - MBA',
  'Bachelor of Arts - BA, Economics', 'Master of Science - MS, Data Science', 'BSc, Mathematics',
];

export const CITIES: readonly string[] = [
  'San Francisco Bay Area', 'Greater Seattle Area', 'New York City Metropolitan Area', 'London, England, United Kingdom',
  'Berlin, Germany', 'Amsterdam, North Holland, Netherlands', 'Toronto, Ontario, Canada', 'Austin, Texas, United States',
  'Dublin, County Dublin, Ireland', 'Paris, Île-de-France, France', 'Bengaluru, Karnataka, India', 'Remote',
];

export type Track = 'engineering' | 'product' | 'data' | 'design';

/** Title ladders per track, junior to senior; the owner walks up one of them. */
export const LADDERS: Record<Track, readonly string[]> = {
  engineering: [
    'Software Engineer', 'Software Engineer II', 'Senior Software Engineer', 'Staff Software Engineer',
    'Engineering Manager', 'Principal Engineer', 'Director of Engineering',
  ],
  product: [
    'Associate Product Manager', 'Product Manager', 'Senior Product Manager', 'Lead Product Manager',
    'Group Product Manager', 'Director of Product', 'VP Product',
  ],
  data: [
    'Data Analyst', 'Data Scientist', 'Senior Data Scientist', 'Lead Data Scientist', 'Analytics Manager',
    'Head of Data Science', 'Director of Data',
  ],
  design: [
    'Junior UX Designer', 'Product Designer', 'Senior Product Designer', 'Lead Product Designer',
    'Design Manager', 'Head of Design', 'Director of Design',
  ],
};

export const COLLEAGUE_TITLES: Record<Track | 'business' | 'people', readonly string[]> = {
  engineering: [
    'Software Engineer', 'Senior Software Engineer', 'Backend Engineer', 'Frontend Developer', 'Full Stack Developer',
    'DevOps Engineer', 'Site Reliability Engineer', 'QA Engineer', 'Engineering Manager', 'Staff Engineer',
    'Principal Engineer', 'Mobile Developer', 'Security Engineer', 'VP Engineering', 'CTO', 'Tech Lead',
  ],
  product: [
    'Product Manager', 'Senior Product Manager', 'Product Owner', 'Director of Product', 'Technical Program Manager',
    'Program Manager', 'VP Product', 'Chief Product Officer',
  ],
  data: [
    'Data Scientist', 'Data Engineer', 'Machine Learning Engineer', 'Data Analyst', 'Analytics Engineer',
    'BI Developer', 'Senior Data Scientist', 'Head of Analytics',
  ],
  design: ['Product Designer', 'UX Designer', 'UX Researcher', 'UI Designer', 'Design Lead', 'Content Designer'],
  business: [
    'Account Executive', 'Sales Manager', 'Customer Success Manager', 'Marketing Manager', 'Content Strategist',
    'Operations Manager', 'Finance Manager', 'Office Manager', 'Chief of Staff', 'Solutions Engineer',
    'Business Development Manager', 'Growth Marketing Lead', 'Legal Counsel', 'CEO', 'COO', 'Co-Founder',
  ],
  people: [
    'Technical Recruiter', 'Recruiter', 'Talent Acquisition Manager', 'People Partner', 'HR Business Partner',
  ],
};

export const RECRUITER_TITLES: readonly string[] = [
  'Technical Recruiter', 'Senior Technical Recruiter', 'Talent Acquisition Partner', 'Recruitment Consultant',
  'Executive Search Consultant', 'Sourcer', 'Senior Talent Sourcer', 'Principal Consultant - Technology',
  'IT Recruiter', 'Talent Acquisition Specialist', 'Senior Recruitment Consultant | Tech & Data',
  'Managing Partner', 'Recruiter (Contract)',
];

export const OTHER_TITLES: readonly string[] = [
  'Founder', 'Consultant', 'Teacher', 'Physician', 'Architect', 'Lawyer', 'Nurse', 'Accountant',
  'Project Manager', 'Researcher', 'PhD Candidate', 'Lecturer', 'Freelance Photographer', 'Journalist',
  'Investment Analyst', 'Venture Partner', 'Account Manager', 'Sales Director', 'Civil Engineer',
  'Student', 'Open to work', 'Independent Consultant', 'Board Member', 'Author & Speaker',
];

export const SIDE_ROLES: readonly string[] = [
  'Advisor', 'Mentor', 'Technical Advisor', 'Part-time Lecturer', 'Freelance Consultant', 'Board Member',
];

export const SIDE_COMPANIES: readonly string[] = [
  'Code for Good', 'Startup Mentors Network', 'Open Data Collective', 'Women in Tech Alliance',
  'Civic Hackers', 'Northside Accelerator',
];

export const SKILLS: Record<Track, readonly string[]> = {
  engineering: [
    'TypeScript', 'JavaScript', 'Node.js', 'Distributed Systems', 'AWS', 'Kubernetes', 'Go', 'Python',
    'System Design', 'Software Development', 'Microservices', 'PostgreSQL', 'React.js', 'Leadership',
  ],
  product: [
    'Product Management', 'Product Strategy', 'Agile Methodologies', 'User Research', 'Roadmapping',
    'Stakeholder Management', 'A/B Testing', 'SQL', 'Go-to-Market Strategy', 'Leadership',
  ],
  data: [
    'Python', 'SQL', 'Machine Learning', 'Statistics', 'Data Analysis', 'Tableau', 'Spark', 'Deep Learning',
    'R', 'Experimentation', 'Data Visualization',
  ],
  design: [
    'User Experience (UX)', 'Figma', 'Interaction Design', 'Prototyping', 'User Research', 'Design Systems',
    'Usability Testing', 'Visual Design', 'Adobe Creative Suite',
  ],
};

export const INDUSTRIES: readonly string[] = [
  'Software Development', 'IT Services and IT Consulting', 'Technology, Information and Internet', 'Financial Services',
];

export const TOPICS: readonly string[] = [
  'the Q3 roadmap', 'the migration', 'the incident review', 'the launch', 'the design review', 'the offsite',
  'the hiring loop', 'the budget deck', 'the new dashboard', 'sprint planning', 'the customer demo', 'the on-call rota',
  'the API changes', 'the pricing experiment', 'the board update', 'the retro',
];
