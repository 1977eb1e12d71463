/** Common given names and surnames of several languages, for realistic lists and searches. */
export const firstNames = [
  ...["James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael", "Linda", "David"],
  ...["Elizabeth", "William", "Barbara", "Richard", "Susan", "Joseph", "Jessica", "Thomas"],
  ...["Sarah", "Charles", "Karen", "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty"],
  ...["Mark", "Sandra", "Paul", "Ashley", "Steven", "Emily", "Andrew", "Donna", "Kenneth"],
  ...["Michelle", "Joshua", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Olivia"],
  ...["Mateo", "Sofia", "Lucas", "Camila", "Hugo", "Lea", "Luca", "Giulia", "Noah", "Emma"],
  ...["Yuki", "Haruto", "Aiko", "Wei", "Mei", "Arjun", "Priya", "Ravi", "Ananya", "Omar"],
  ...["Fatima", "Ali", "Leila", "Kwame", "Amara", "Chidi", "Ngozi", "Sven", "Ingrid", "Lars"],
  ...["Zoe", "Finn", "Mia", "Elias", "Nora", "Jonas", "Clara", "Ines", "Tiago", "Ada"],
] as const;

export const lastNames = [
  ...["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Martinez"],
  ...["Lopez", "Gonzalez", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson"],
  ...["Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker"],
  ...["Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Nelson", "Baker"],
  ...["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Dubois", "Moreau", "Laurent"],
  ...["Rossi", "Russo", "Ferrari", "Esposito", "Silva", "Santos", "Oliveira", "Pereira"],
  ...["Tanaka", "Suzuki", "Sato", "Watanabe", "Wang", "Li", "Zhang", "Chen", "Patel", "Sharma"],
  ...["Singh", "Kumar", "Hassan", "Haddad", "Okafor", "Mensah", "Nilsson", "Larsen", "Novak"],
  ...["Kowalski", "Nowak", "Horvat", "Ivanova", "Petrov", "O'Brien", "Murphy", "Kelly"],
] as const;

export const skillNames = [
  ...["TypeScript", "Python", "SQL", "Data analysis", "Public speaking", "Negotiation"],
  ...["Project management", "Excel", "Statistics", "Machine learning", "Copywriting", "Design"],
  ...["Leadership", "Spanish", "German", "Accounting", "Sales", "Customer support", "Kubernetes"],
  ...["Cloud architecture", "Security", "Photography", "Video editing", "UX research"],
] as const;

export const skillCategories = ["Technical", "Business", "Language", "Creative", "Soft skills"];

export const goalTitles = [
  ...["Finish the onboarding path", "Study 5 hours a week", "Pass the certification exam"],
  ...["Complete three courses", "Reach 1,000 points", "Learn the basics of SQL"],
  ...["Improve my presentation skills", "Read one chapter a day"],
] as const;

export const cities = [
  ...["London", "Berlin", "Paris", "Madrid", "Lisbon", "Rome", "Warsaw", "Stockholm", "Dublin"],
  ...["New York", "Toronto", "São Paulo", "Mexico City", "Tokyo", "Singapore", "Sydney"],
  ...["Bangalore", "Nairobi", "Lagos", "Cairo"],
] as const;

export const timeZones = [
  ...["UTC", "Europe/London", "Europe/Berlin", "Europe/Paris", "America/New_York"],
  ...["America/Sao_Paulo", "Asia/Tokyo", "Asia/Kolkata", "Africa/Lagos", "Australia/Sydney"],
] as const;
