/** Word lists for the model: names by culture, places, company name parts, titles, skills, texts. */

export type Culture =
  | 'german'
  | 'english'
  | 'spanish'
  | 'french'
  | 'italian'
  | 'indian'
  | 'chinese'
  | 'polish'
  | 'turkish'
  | 'nordic'
  | 'arabic'
  | 'nigerian'
  | 'dutch'
  | 'brazilian'
  | 'vietnamese'
  | 'japanese'
  | 'russian';

export const FIRST: Record<Culture, readonly string[]> = {
  german: ['Anna', 'Lena', 'Julia', 'Katharina', 'Sophie', 'Laura', 'Miriam', 'Jana', 'Franziska', 'Svenja', 'Jörg', 'Lukas', 'Jonas', 'Felix', 'Maximilian', 'Tobias', 'Florian', 'Sebastian', 'Moritz', 'Jan', 'Stefan', 'Matthias', 'Thomas', 'Michael', 'Andreas', 'Jürgen', 'Uwe', 'Sabine', 'Birgit', 'Dörte', 'Hannah', 'Niklas', 'Paul', 'Leonie', 'Annika', 'Björn', 'Kai', 'Till', 'Marie', 'Christina'],
  english: ['James', 'Oliver', 'Harry', 'Jack', 'George', 'Emily', 'Olivia', 'Amelia', 'Sophie', 'Charlotte', 'Michael', 'David', 'Daniel', 'Chris', 'Matt', 'Sarah', 'Jessica', 'Emma', 'Rachel', 'Tom', 'Ben', 'Sam', 'Kate', 'Lucy', 'Zoe', 'Hannah', 'Ryan', 'Josh', 'Megan', 'Laura', 'Andrew', 'Mark', 'Claire', 'Rebecca', 'Alex', 'Nick', 'Jennifer', 'Ashley', 'Tyler', 'Brittany'],
  spanish: ['María', 'Lucía', 'Carmen', 'Laura', 'Marta', 'Ana', 'Paula', 'Elena', 'Sofía', 'Alba', 'José', 'Javier', 'Carlos', 'David', 'Daniel', 'Alejandro', 'Pablo', 'Jorge', 'Sergio', 'Álvaro', 'María José', 'Juan Carlos', 'Iñaki', 'Nuria', 'Raúl', 'Andrés', 'Diego', 'Mónica', 'Cristina', 'Adrián'],
  french: ['Camille', 'Léa', 'Manon', 'Chloé', 'Inès', 'Julie', 'Claire', 'Élodie', 'Mathilde', 'Zoé', 'Thomas', 'Nicolas', 'Julien', 'Antoine', 'Maxime', 'Guillaume', 'François', 'Pierre', 'Hugo', 'Théo', 'Aurélien', 'Sébastien', 'Benoît', 'Hélène', 'Margaux', 'Louis', 'Clément', 'Jérôme', 'Gaëlle', 'Cécile'],
  italian: ['Giulia', 'Francesca', 'Chiara', 'Sara', 'Martina', 'Valentina', 'Alessia', 'Federica', 'Elisa', 'Giorgia', 'Marco', 'Luca', 'Andrea', 'Matteo', 'Alessandro', 'Lorenzo', 'Davide', 'Simone', 'Francesco', 'Giuseppe', 'Niccolò', 'Riccardo', 'Stefano', 'Paolo', 'Fabio'],
  indian: ['Priya', 'Ananya', 'Pooja', 'Neha', 'Divya', 'Shreya', 'Aishwarya', 'Kavya', 'Sneha', 'Deepika', 'Rahul', 'Amit', 'Arjun', 'Vikram', 'Rohit', 'Karthik', 'Sandeep', 'Aditya', 'Siddharth', 'Abhishek', 'Priyanka', 'Nikhil', 'Varun', 'Harish', 'Lakshmi', 'Suresh', 'Ramesh', 'Meera', 'Anil', 'Gaurav'],
  chinese: ['Wei', 'Jing', 'Li', 'Xin', 'Yan', 'Hui', 'Ying', 'Lei', 'Jun', 'Hao', 'Yue', 'Min', 'Xiaoming', 'Zhiwei', 'Mei', 'Fang', 'Tao', 'Chen', 'Kevin', 'Jason', 'Vivian', 'Grace', 'Eric', 'Annie', 'Yuxuan'],
  polish: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Anna', 'Joanna', 'Małgorzata', 'Aleksandra', 'Monika', 'Piotr', 'Paweł', 'Tomasz', 'Krzysztof', 'Łukasz', 'Michał', 'Marcin', 'Jakub', 'Grzegorz', 'Wojciech', 'Bartosz', 'Kamil'],
  turkish: ['Ayşe', 'Elif', 'Zeynep', 'Merve', 'Büşra', 'İpek', 'Selin', 'Deniz', 'Mehmet', 'Mustafa', 'Emre', 'Burak', 'Can', 'Onur', 'Serkan', 'Murat', 'Oğuz', 'Hakan', 'Cem', 'Gökhan'],
  nordic: ['Erik', 'Lars', 'Anders', 'Johan', 'Magnus', 'Øystein', 'Henrik', 'Mikael', 'Björn', 'Sven', 'Ingrid', 'Astrid', 'Sofia', 'Maja', 'Linnea', 'Freja', 'Sigrid', 'Åsa', 'Karin', 'Elin'],
  arabic: ['Mohammed', 'Ahmed', 'Omar', 'Ali', 'Youssef', 'Khaled', 'Hassan', 'Karim', 'Tarek', 'Rami', 'Fatima', 'Layla', 'Nour', 'Sara', 'Yasmin', 'Mariam', 'Rania', 'Hiba', 'Lina', 'Dina'],
  nigerian: ['Chinedu', 'Oluwaseun', 'Tunde', 'Emeka', 'Chukwuemeka', 'Ifeanyi', 'Babajide', 'Segun', 'Adebayo', 'Kelechi', 'Ngozi', 'Chiamaka', 'Funmilayo', 'Adaeze', 'Temitope', 'Yetunde', 'Amaka', 'Oluwatobi', 'Blessing', 'Precious'],
  dutch: ['Daan', 'Sem', 'Lars', 'Bram', 'Thijs', 'Jeroen', 'Joost', 'Sander', 'Ruben', 'Wouter', 'Sanne', 'Lotte', 'Femke', 'Eva', 'Anouk', 'Fleur', 'Iris', 'Marloes', 'Esther', 'Maaike'],
  brazilian: ['João', 'Pedro', 'Lucas', 'Gabriel', 'Rafael', 'Thiago', 'Bruno', 'Felipe', 'Gustavo', 'Leonardo', 'Ana Carolina', 'Mariana', 'Camila', 'Fernanda', 'Juliana', 'Beatriz', 'Larissa', 'Letícia', 'Natália', 'Vitória'],
  vietnamese: ['Minh', 'Anh', 'Huy', 'Trang', 'Linh', 'Thảo', 'Dũng', 'Hương', 'Tuấn', 'Phương', 'Quang', 'Hà', 'Long', 'Nam', 'Vy'],
  japanese: ['Haruto', 'Yuki', 'Takeshi', 'Kenji', 'Hiroshi', 'Daisuke', 'Sakura', 'Yui', 'Aoi', 'Mei', 'Kaori', 'Naoko', 'Ryo', 'Shota', 'Emi'],
  russian: ['Dmitry', 'Alexey', 'Sergey', 'Ivan', 'Andrey', 'Mikhail', 'Nikita', 'Artem', 'Olga', 'Natalia', 'Ekaterina', 'Anastasia', 'Irina', 'Yulia', 'Tatiana', 'Svetlana', 'Maxim', 'Pavel', 'Elena', 'Daria'],
};

export const LAST: Record<Culture, readonly string[]> = {
  german: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch', 'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann', 'Lange', 'Werner', 'Krause', 'Lehmann', 'Köhler', 'Maier', 'von Bergen', 'Weiß', 'Jäger', 'Vogel', 'Friedrich'],
  english: ['Smith', 'Jones', 'Williams', 'Taylor', 'Brown', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Johnson', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Clarke', 'Jackson', 'Turner', 'Hill', 'Moore', "O'Brien", "O'Connor", 'Miller', 'Anderson', 'Martin', 'Lee', 'Cooper', 'Baker'],
  spanish: ['García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Moreno', 'Muñoz', 'Álvarez', 'Romero', 'Navarro', 'Torres', 'Domínguez', 'de la Cruz', 'Castillo', 'Ortega', 'Rubio'],
  french: ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Rousseau'],
  italian: ['Rossi', 'Russo', 'Ferrari', 'Esposito', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Bruno', 'Gallo', 'Conti', 'De Luca', 'Mancini', 'Costa', 'Giordano', 'Rizzo', 'Lombardi', 'Moretti'],
  indian: ['Sharma', 'Patel', 'Singh', 'Kumar', 'Gupta', 'Reddy', 'Iyer', 'Nair', 'Rao', 'Joshi', 'Mehta', 'Shah', 'Agarwal', 'Verma', 'Chatterjee', 'Banerjee', 'Krishnan', 'Menon', 'Pillai', 'Desai', 'Bose', 'Kulkarni', 'Malhotra', 'Kapoor', 'Srinivasan'],
  chinese: ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin', 'Luo', 'Gao'],
  polish: ['Nowak', 'Kowalski', 'Wiśniewski', 'Wójcik', 'Kowalczyk', 'Kamiński', 'Lewandowski', 'Zieliński', 'Szymański', 'Woźniak', 'Dąbrowski', 'Kozłowski', 'Jankowski', 'Mazur', 'Kwiatkowski'],
  turkish: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Yıldız', 'Yıldırım', 'Öztürk', 'Aydın', 'Özdemir', 'Arslan', 'Doğan', 'Kılıç', 'Aslan', 'Çetin'],
  nordic: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsen', 'Hansen', 'Jensen', 'Sørensen', 'Pedersen', 'Lindqvist', 'Berg', 'Haugen', 'Virtanen', 'Lindström', 'Åberg', 'Dahl'],
  arabic: ['Hassan', 'Ali', 'Ahmed', 'Ibrahim', 'Mahmoud', 'Haddad', 'Khalil', 'Nasser', 'Saleh', 'Mansour', 'El-Amin', 'Al-Farsi', 'Aziz', 'Hamdan', 'Kassab'],
  nigerian: ['Okafor', 'Adeyemi', 'Okonkwo', 'Balogun', 'Eze', 'Nwosu', 'Adebayo', 'Ogunleye', 'Obi', 'Chukwu', 'Olawale', 'Afolabi', 'Nwachukwu', 'Ibekwe', 'Oyelaran'],
  dutch: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen'],
  brazilian: ['Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes', 'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Araújo', 'Conceição'],
  vietnamese: ['Nguyễn', 'Nguyen', 'Tran', 'Trần', 'Le', 'Lê', 'Pham', 'Phạm', 'Hoang', 'Vu', 'Vo', 'Dang', 'Bui', 'Do', 'Ngo'],
  japanese: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato', 'Yoshida', 'Yamada', 'Sasaki', 'Matsumoto', 'Inoue'],
  russian: ['Ivanov', 'Smirnov', 'Kuznetsov', 'Popov', 'Volkova', 'Sokolov', 'Petrova', 'Morozov', 'Novikova', 'Fedorov', 'Kozlov', 'Orlova', 'Lebedev', 'Pavlova', 'Egorov'],
};

export interface Region {
  city: string;
  country: string;
  geo: string;
  zip: string;
  main: Culture;
  also: readonly Culture[];
  universities: readonly string[];
}

export const REGIONS: readonly Region[] = [
  { city: 'Berlin', country: 'Germany', geo: 'Berlin, Berlin, Germany', zip: '10999', main: 'german', also: ['turkish', 'polish', 'english', 'indian', 'spanish', 'italian', 'russian', 'french'], universities: ['Technische Universität Berlin', 'Humboldt-Universität zu Berlin', 'Freie Universität Berlin', 'HTW Berlin'] },
  { city: 'Munich', country: 'Germany', geo: 'Munich, Bavaria, Germany', zip: '80331', main: 'german', also: ['italian', 'turkish', 'indian', 'english', 'chinese'], universities: ['Technical University of Munich', 'Ludwig-Maximilians-Universität München', 'Hochschule München'] },
  { city: 'London', country: 'United Kingdom', geo: 'London, England, United Kingdom', zip: 'E1 6AN', main: 'english', also: ['indian', 'nigerian', 'polish', 'italian', 'french', 'spanish', 'chinese', 'arabic'], universities: ['University College London', "King's College London", 'Imperial College London', 'University of Manchester'] },
  { city: 'New York', country: 'United States', geo: 'New York, New York, United States', zip: '10001', main: 'english', also: ['indian', 'chinese', 'spanish', 'russian', 'italian', 'nigerian', 'brazilian'], universities: ['New York University', 'Columbia University', 'Cornell University', 'Rutgers University'] },
  { city: 'San Francisco', country: 'United States', geo: 'San Francisco Bay Area', zip: '94107', main: 'english', also: ['indian', 'chinese', 'vietnamese', 'spanish', 'russian', 'japanese'], universities: ['Stanford University', 'University of California, Berkeley', 'San Jose State University'] },
  { city: 'Bangalore', country: 'India', geo: 'Bengaluru, Karnataka, India', zip: '560001', main: 'indian', also: ['english', 'chinese'], universities: ['Indian Institute of Science', 'RV College of Engineering', 'Christ University', 'IIT Madras'] },
  { city: 'Amsterdam', country: 'Netherlands', geo: 'Amsterdam, North Holland, Netherlands', zip: '1012 AB', main: 'dutch', also: ['english', 'german', 'turkish', 'indian', 'spanish', 'brazilian', 'arabic'], universities: ['Universiteit van Amsterdam', 'Vrije Universiteit Amsterdam', 'TU Delft'] },
  { city: 'Paris', country: 'France', geo: 'Paris, Île-de-France, France', zip: '75011', main: 'french', also: ['arabic', 'spanish', 'italian', 'english', 'vietnamese', 'nigerian'], universities: ['Sorbonne Université', 'HEC Paris', 'École Polytechnique', 'ESSEC Business School'] },
  { city: 'Stockholm', country: 'Sweden', geo: 'Stockholm, Stockholm County, Sweden', zip: '111 22', main: 'nordic', also: ['english', 'arabic', 'polish', 'german', 'indian'], universities: ['KTH Royal Institute of Technology', 'Stockholm University', 'Stockholm School of Economics'] },
  { city: 'Madrid', country: 'Spain', geo: 'Madrid, Community of Madrid, Spain', zip: '28004', main: 'spanish', also: ['english', 'french', 'italian', 'brazilian', 'arabic'], universities: ['Universidad Politécnica de Madrid', 'Universidad Complutense de Madrid', 'IE University'] },
  { city: 'Warsaw', country: 'Poland', geo: 'Warsaw, Mazowieckie, Poland', zip: '00-001', main: 'polish', also: ['english', 'german', 'russian', 'turkish'], universities: ['Warsaw University of Technology', 'University of Warsaw', 'SGH Warsaw School of Economics'] },
  { city: 'São Paulo', country: 'Brazil', geo: 'São Paulo, São Paulo, Brazil', zip: '01310-100', main: 'brazilian', also: ['spanish', 'english', 'italian', 'japanese'], universities: ['Universidade de São Paulo', 'Insper', 'FGV'] },
  { city: 'Toronto', country: 'Canada', geo: 'Toronto, Ontario, Canada', zip: 'M5V 2T6', main: 'english', also: ['indian', 'chinese', 'french', 'arabic', 'vietnamese', 'nigerian'], universities: ['University of Toronto', 'University of Waterloo', 'Toronto Metropolitan University'] },
];

/** Name parts for fictional companies; combined into roots such as "Northwave" or used alone ("Rekall"). */
export const ROOT_WORDS: readonly string[] = [
  'Rekall', 'Vantora', 'Kestrel', 'Quorra', 'Lumio', 'Zentrix', 'Halden', 'Ostara', 'Brightwell', 'Tessellate',
  'Corvid', 'Marlow', 'Fenwick', 'Solvay', 'Arcadia', 'Heliox', 'Numa', 'Tandem', 'Orbis', 'Pallas',
  'Veridian', 'Kinetix', 'Lyra', 'Auren', 'Sable', 'Cobalt', 'Juniper', 'Wren', 'Talon', 'Ember',
  'Moxie', 'Paragon', 'Quill', 'Riven', 'Stratos', 'Umbra', 'Vireo', 'Zephyr', 'Alder', 'Basalt',
  'Calyx', 'Dovetail', 'Everly', 'Fathom', 'Gilded', 'Harbor', 'Indigo', 'Jovian', 'Kairos', 'Lattice',
];
export const ROOT_HEADS: readonly string[] = [
  'Blue', 'North', 'Silver', 'Nova', 'Clear', 'Deep', 'Flex', 'Open', 'Bright', 'Swift', 'Iron', 'Red',
  'Terra', 'Hyper', 'Opti', 'Omni', 'Pixel', 'Cloud', 'Data', 'Quant', 'Vera', 'Lumi', 'Aero', 'Astra',
  'Core', 'Peak', 'Sun', 'Green', 'Meta', 'True', 'Kite', 'Fern', 'Amber', 'Arc', 'Bold', 'Coral', 'Echo',
  'Gold', 'High', 'Jade', 'Luna', 'Mint', 'Noble', 'Oak', 'Prime', 'Quartz', 'Rapid', 'Sky',
];
export const ROOT_TAILS: readonly string[] = [
  'path', 'stack', 'wave', 'forge', 'leaf', 'bit', 'mind', 'loop', 'point', 'grid', 'line', 'shift',
  'gate', 'nest', 'spark', 'field', 'bay', 'stone', 'bridge', 'hive', 'craft', 'ly', 'io', 'scale', 'flow',
  'works', 'light', 'ware', 'port', 'base', 'sense', 'cast', 'vault', 'pulse', 'harbor', 'ridge', 'view',
];

export const INDUSTRIES: readonly string[] = [
  'Software Development', 'IT Services and IT Consulting', 'Financial Services', 'Retail', 'Online Marketplaces',
  'Hospitals and Health Care', 'Automotive', 'Logistics', 'Telecommunications', 'Insurance', 'E-Learning',
  'Renewable Energy', 'Media Production', 'Banking', 'Biotechnology', 'Real Estate', 'Travel Arrangements',
];

/** Real firms, used only as other people's employers (never the owner's). */
export const REAL_COMPANIES: readonly string[] = [
  'Google', 'Microsoft', 'Amazon', 'Meta', 'Apple', 'SAP', 'Siemens', 'Deloitte', 'Accenture', 'IBM', 'Oracle',
  'Salesforce', 'Spotify', 'Zalando', 'Booking.com', 'Adyen', 'N26', 'Delivery Hero', 'HubSpot', 'Shopify',
  'Stripe', 'Atlassian', 'Infosys', 'Tata Consultancy Services', 'Wipro', 'Capgemini', 'BMW Group', 'Bosch',
  'Allianz', 'Deutsche Bank', 'HSBC', 'Barclays', 'Unilever', 'Nestlé', 'Philips', 'ING', 'Klarna', 'Revolut',
  'Uber', 'Airbnb', 'Netflix', 'Intel', 'NVIDIA', 'Cisco', 'PwC', 'EY', 'KPMG', 'McKinsey & Company',
];

export const STAFFING_FIRMS: readonly string[] = [
  'Robert Half', 'Michael Page', 'Hays', 'Randstad', 'Adecco', 'Korn Ferry', 'Page Executive', 'Harvey Nash',
];

export type Func =
  | 'engineering'
  | 'data'
  | 'product'
  | 'design'
  | 'sales'
  | 'marketing'
  | 'recruiting'
  | 'people'
  | 'finance'
  | 'operations'
  | 'support'
  | 'consulting'
  | 'research';

/** Titles by function, junior to senior. */
export const TITLES: Record<Func, readonly string[]> = {
  engineering: ['Junior Software Engineer', 'Software Engineer', 'Backend Developer', 'Frontend Engineer', 'Full Stack Developer', 'Senior Software Engineer', 'Senior Backend Engineer', 'Tech Lead', 'Staff Engineer', 'Engineering Manager', 'Principal Engineer', 'Head of Engineering', 'VP Engineering', 'CTO'],
  data: ['Data Analyst', 'Data Engineer', 'Data Scientist', 'Senior Data Scientist', 'Machine Learning Engineer', 'Lead Data Scientist', 'Head of Data'],
  product: ['Associate Product Manager', 'Product Manager', 'Product Owner', 'Senior Product Manager', 'Group Product Manager', 'Director of Product', 'VP Product', 'Chief Product Officer'],
  design: ['UX Designer', 'Product Designer', 'UI/UX Designer', 'Senior Product Designer', 'Design Lead', 'Head of Design'],
  sales: ['Sales Development Representative', 'Business Development Representative', 'Account Executive', 'Senior Account Executive', 'Enterprise Account Executive', 'Key Account Manager', 'Sales Manager', 'Head of Sales', 'VP Sales', 'Chief Revenue Officer'],
  marketing: ['Marketing Coordinator', 'Content Marketing Manager', 'Performance Marketing Manager', 'Growth Marketer', 'Product Marketing Manager', 'Senior Marketing Manager', 'Head of Marketing', 'CMO'],
  recruiting: ['Recruiting Coordinator', 'Sourcer', 'Technical Sourcer', 'Recruiter', 'Talent Acquisition Partner', 'Senior Technical Recruiter', 'Talent Acquisition Lead', 'Head of Talent'],
  people: ['HR Generalist', 'People Partner', 'HR Business Partner', 'People Operations Manager', 'Head of People', 'Chief People Officer'],
  finance: ['Financial Analyst', 'Accountant', 'Controller', 'Senior Financial Analyst', 'Finance Manager', 'Head of Finance', 'CFO'],
  operations: ['Operations Associate', 'Operations Manager', 'Office Manager', 'Program Manager', 'Senior Program Manager', 'Director of Operations', 'COO'],
  support: ['Customer Support Specialist', 'Customer Success Manager', 'Senior Customer Success Manager', 'Solutions Engineer', 'Head of Customer Success'],
  consulting: ['Analyst', 'Consultant', 'Senior Consultant', 'Manager', 'Senior Manager', 'Principal', 'Partner'],
  research: ['PhD Candidate', 'Research Assistant', 'Postdoctoral Researcher', 'Lecturer', 'Senior Lecturer', 'Professor'],
};

export const AGENCY_RECRUITER_TITLES: readonly string[] = [
  'Recruitment Consultant', 'Senior Recruitment Consultant', 'Headhunter', 'Executive Search Consultant',
  'Associate Director', 'Principal Consultant – Technology', 'Talent Scout', 'Manager, Technology Recruitment',
];

export const SKILLS: Record<Func, readonly string[]> = {
  engineering: ['JavaScript', 'TypeScript', 'Java', 'Python', 'Go', 'Kubernetes', 'AWS', 'Docker', 'React', 'Node.js', 'Microservices', 'SQL', 'Agile Methodologies', 'Software Development', 'Git', 'Linux'],
  data: ['Python', 'SQL', 'Machine Learning', 'Data Analysis', 'Statistics', 'Spark', 'Tableau', 'Deep Learning', 'R'],
  product: ['Product Management', 'Agile Methodologies', 'Scrum', 'User Experience', 'Roadmapping', 'Stakeholder Management', 'A/B Testing'],
  design: ['User Experience (UX)', 'Figma', 'Prototyping', 'User Research', 'Interaction Design', 'Design Thinking'],
  sales: ['Sales', 'Negotiation', 'B2B', 'SaaS', 'Salesforce.com', 'Account Management', 'Lead Generation', 'Cold Calling', 'Business Development', 'Solution Selling'],
  marketing: ['Digital Marketing', 'SEO', 'Content Marketing', 'Social Media Marketing', 'Google Analytics', 'Marketing Strategy'],
  recruiting: ['Recruiting', 'Technical Recruiting', 'Sourcing', 'Talent Acquisition', 'Interviewing', 'Employer Branding', 'Headhunting', 'Applicant Tracking Systems'],
  people: ['Human Resources (HR)', 'Employee Relations', 'Onboarding', 'Performance Management'],
  finance: ['Financial Analysis', 'Accounting', 'Budgeting', 'Excel', 'Forecasting'],
  operations: ['Operations Management', 'Project Management', 'Process Improvement', 'Leadership'],
  support: ['Customer Success', 'Customer Service', 'Onboarding', 'Zendesk'],
  consulting: ['Management Consulting', 'Strategy', 'Business Analysis', 'Change Management', 'PowerPoint', 'Project Management', 'Digital Transformation', 'SAP'],
  research: ['Research', 'Teaching', 'Academic Writing', 'Statistics', 'LaTeX'],
};

export const HEADLINE_FLOURISHES: readonly string[] = [
  'Helping teams ship faster 🚀', 'Open to work', 'Speaker | Mentor', 'Building the future of work',
  'Coffee enthusiast ☕', 'Opinions are my own', '#hiring', 'Angel investor', 'Dad of 2', 'Runner 🏃',
];

export const NONPROFITS: readonly string[] = [
  'Code for Good', 'Women Who Code', 'Rails Girls', 'Techstars Mentor Network', 'Open Knowledge Foundation',
  'Startup Weekend', 'ReDI School of Digital Integration', 'Big Brothers Big Sisters',
];

export const EVENT_NAMES: readonly string[] = [
  'JSConf', 'Web Summit', 'SaaStr Annual', 're:Invent', 'PyCon', 'Slush', 'TechCrunch Disrupt', 'DevOpsDays',
  'Product Camp', 'HR Tech Europe', 'Hackathon', 'Founders Meetup', 'Data Council', 'MWC', 'KubeCon',
];
