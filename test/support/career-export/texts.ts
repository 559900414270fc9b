/** Message, invitation and recommendation texts. `{first}` is the other person, `{me}` the owner. */

export const CHAT_OPEN: readonly string[] = [
  'Hey {first}, how are you doing?',
  'Long time no see! Coffee next week?',
  'Did you see the news about {company}?',
  'Thanks for the intro yesterday, really helpful.',
  'Are you going to the conference this year?',
  'Quick question: do you still have the slides from the offsite?',
  'Happy new year! 🎉',
  'Hi {first},\n\nhope all is well. I am putting together a small reunion for the old team, would you be up for it?\n\nCheers,\n{me}',
  'Hey, are you free for a call this week? I could use your advice on something.',
  'Saw your post — congrats, that launch looked great!',
  'Hi {first}, do you know anyone good in data engineering, "senior-ish", open to move?',
  'Random thought: remember the outage on launch day? Still makes me laugh 😅',
];

export const CHAT_REPLY: readonly string[] = [
  'Thanks!',
  'Sounds good 👍',
  'Great to hear from you!',
  "Yes, let's do it.",
  'Sorry for the late reply, crazy weeks here.',
  'Will do!',
  'Ha, that brings back memories.',
  'Sure, send it over.',
  'Tuesday works, 10am?',
  'Absolutely. Let me check my calendar and get back to you.',
  'Haha, yes — totally agree.',
  'Good luck, keep me posted!',
];

export const CONGRATS_OWNER: readonly string[] = [
  'Congrats on the new role, {me}!',
  'Congratulations on the new position! 🎉',
  'Wow, congrats! {company} is lucky to have you.',
  'Congrats on the new job!',
];

export const CONGRATS_THEM: readonly string[] = [
  'Congrats on the new job, {first}!',
  'Congratulations on starting at {company}!',
  'Congrats! Well deserved.',
];

export const THANKS_CONNECT: readonly string[] = [
  'Thanks for connecting!',
  "Great meeting you, let's stay in touch.",
  'Hi {first}, thanks for accepting my invitation.',
  'Nice to meet you at the event yesterday!',
];

export const INMAIL_SUBJECT: readonly string[] = [
  'Opportunity at a fast-growing scale-up',
  'Exciting leadership role',
  'Quick question',
  'Your profile',
  'Confidential search',
];

export const INMAIL_BODY: readonly string[] = [
  'Hi {me},\n\nI came across your profile and was impressed by your experience. I am working with a fast-growing client in {city} looking for someone with your background. Would you be open to a quick chat?\n\nBest regards,\n{first}',
  'Hello {me}, hope you are well! I have a confidential senior role that might interest you — remote-friendly, strong equity. Any time for a 15-minute call this week?',
  'Hi {me}, are you open to new opportunities at the moment? Happy to share details.',
];

export const OUTREACH: readonly string[] = [
  'Hi {first}, I noticed {company} is growing fast — we help teams like yours cut onboarding time in half. Worth a 15-minute call?',
  'Hi {first}, following up on my note from last week. Would Thursday work for a short intro?',
  'Hi {first}, thanks for connecting! Curious how you handle reporting today, "by hand" or with a tool?',
  'Just bumping this up, {first}!',
];

export const CANDIDATE: readonly string[] = [
  "Hi {first}, I'm hiring for a role at {mycompany} and your background looks like a great fit. Open to a chat?",
  'Hi {first}, thanks for your time on the phone today — I will send over the job description.',
  'Hi {first}, just checking in: any thoughts on the role we discussed?',
];

export const PITCH: readonly string[] = [
  'Hi {me}, I help B2B companies generate 30+ qualified leads per month. Open to a quick call?',
  'Hi {me}, we build custom software teams in 2 weeks, 40% cheaper than hiring locally. Interested?',
  'Hey {me}! Loved your profile. I am building a community of leaders, would you join our next roundtable?',
];

export const GROUP_TITLES: readonly string[] = [
  'Ex-{root} crew 🍻',
  'Team {root}',
  'Offsite planning',
  'Friday lunch',
  '',
  '',
];

export const GROUP_LINES: readonly string[] = [
  "Who's in for drinks on Friday?",
  'Count me in!',
  'Happy birthday {first}! 🎂',
  'Did anyone hear from the old boss?',
  'Photos from last night 📸',
  "Can't make it this time, sorry!",
  'Same place as last year?',
  'Miss you all, let us do this more often.',
];

export const SPONSORED: readonly { from: string; subject: string; body: string }[] = [
  {
    from: 'LinkedIn Premium',
    subject: 'Your free month of Premium',
    body: '<p>Hi {me},</p><p>Try Premium free for 1 month and see who viewed your profile.</p>',
  },
  {
    from: 'LinkedIn Member',
    subject: 'Exclusive webinar invitation',
    body: '<html><body><p>Dear {me},</p><p>Join our <b>live webinar</b> on cloud cost optimisation.</p></body></html>',
  },
  {
    from: 'Google Cloud',
    subject: 'Build with Google Cloud',
    body: '<p>Hi {me}, get $300 in free credits.</p>',
  },
  { from: 'Amazon Web', subject: 'AWS Summit is coming', body: '<p>Register now for AWS Summit, {me}.</p>' },
  {
    from: 'Angela from',
    subject: 'A quick note',
    body: '<p>Hi {me}, I am Angela from the LinkedIn Learning team. Here are three courses picked for you.</p>',
  },
  {
    from: 'Microsoft Azure',
    subject: 'Modernise your apps',
    body: '<p>{me}, modernise your apps with Azure.</p>',
  },
];

export const INVITE_NOTES: readonly string[] = [
  'Hi {first}, great meeting you today!',
  "Hi {first}, I'd like to add you to my professional network.",
  'Hi, we met at the meetup last week — would love to stay in touch.',
  'Hi {first}, we worked together briefly, do you remember? Let us connect.',
  'Hello {first},\nI am expanding my network in {city}. Happy to connect!',
];

export const RECOMMENDATION: readonly string[] = [
  '{first} is one of the most reliable people I have worked with. At {company} we shipped our hardest project together, and {first} kept the whole team calm and focused.',
  'I had the pleasure of working with {first} at {company}. Sharp, kind, and always the first to help a new colleague.\n\nAny team would be lucky to have {first}.',
  'I managed {first} for two years. {first} grew from a promising junior into the person everyone went to for advice, "the glue of the team".',
  'Working with {first} was a joy: clear thinking, honest feedback, and great results.',
];

export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}
