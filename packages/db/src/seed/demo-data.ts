import type {
  GoalStatus,
  GoalType,
  InvitationStatus,
  ProficiencyLevel,
  ProfileVisibility,
  UserRole,
  UserStatus,
} from "../generated/prisma/enums";

/**
 * The demo data set: two organizations with every role, every account status, every profile
 * visibility, verified and self-assessed skills, goals in every state, activity, and invitations in
 * every status. Plain data; seed.ts turns it into rows.
 */

export const demoPassword = "Learn-demo-2026";

export interface DemoOrganization {
  key: string;
  name: string;
  slug: string;
  domain: string;
}

export const demoOrganizations: DemoOrganization[] = [
  {
    key: "northwind",
    name: "Northwind Academy",
    slug: "northwind",
    domain: "northwind.example.com",
  },
  { key: "globex", name: "Globex Learning", slug: "globex", domain: "globex.example.com" },
];

export interface DemoSkill {
  name: string;
  category: string;
  level: ProficiencyLevel;
  /** verified by the organization's instructor */
  verified?: boolean;
  evidence?: { type: string; url: string };
}

export interface DemoGoal {
  title: string;
  type: GoalType;
  status: GoalStatus;
  target: number;
  current: number;
  unit: string;
  priority: "LOW" | "MEDIUM" | "HIGH" | "URGENT";
  /** days from today: start, target */
  window: [number, number];
}

export interface DemoUser {
  key: string;
  organization: string;
  first_name: string;
  last_name: string;
  username: string;
  role: UserRole;
  status: UserStatus;
  /** can sign in with demoPassword (ACTIVE users only) */
  signIn: boolean;
  visibility: ProfileVisibility;
  timezone: string;
  language: string;
  city: string;
  country: string;
  bio: string;
  /** VARK scores: visual, auditory, reading, kinesthetic */
  vark: [number, number, number, number];
  skills: DemoSkill[];
  goals: DemoGoal[];
}

const python: DemoSkill = {
  name: "Python",
  category: "Programming",
  level: "ADVANCED",
  verified: true,
  evidence: { type: "certificate", url: "https://certificates.example.com/python-advanced" },
};

export const demoUsers: DemoUser[] = [
  {
    key: "super-admin",
    organization: "northwind",
    first_name: "Sam",
    last_name: "Rivera",
    username: "sam.rivera",
    role: "SUPER_ADMIN",
    status: "ACTIVE",
    signIn: true,
    visibility: "PRIVATE",
    timezone: "UTC",
    language: "en",
    city: "Lisbon",
    country: "PT",
    bio: "Runs the learning platform.",
    vark: [0.6, 0.4, 0.7, 0.3],
    skills: [],
    goals: [],
  },
  {
    key: "admin",
    organization: "northwind",
    first_name: "Olivia",
    last_name: "Chen",
    username: "olivia.chen",
    role: "ORG_ADMIN",
    status: "ACTIVE",
    signIn: true,
    visibility: "ORGANIZATION",
    timezone: "America/New_York",
    language: "en-US",
    city: "Boston",
    country: "US",
    bio: "Learning & development lead at Northwind.",
    vark: [0.5, 0.5, 0.8, 0.4],
    skills: [{ name: "People management", category: "Leadership", level: "EXPERT" }],
    goals: [],
  },
  {
    key: "instructor",
    organization: "northwind",
    first_name: "Marcus",
    last_name: "Okafor",
    username: "marcus.okafor",
    role: "INSTRUCTOR",
    status: "ACTIVE",
    signIn: true,
    visibility: "PUBLIC",
    timezone: "Europe/London",
    language: "en-GB",
    city: "London",
    country: "GB",
    bio: "Teaches data engineering and Python.",
    vark: [0.7, 0.6, 0.5, 0.8],
    skills: [{ ...python, level: "EXPERT" }],
    goals: [],
  },
  {
    key: "learner-ada",
    organization: "northwind",
    first_name: "Ada",
    last_name: "Lovelace",
    username: "ada.lovelace",
    role: "LEARNER",
    status: "ACTIVE",
    signIn: true,
    visibility: "PUBLIC",
    timezone: "Europe/London",
    language: "en-GB",
    city: "London",
    country: "GB",
    bio: "Analytical engines, and now cloud data pipelines.",
    vark: [0.9, 0.3, 0.6, 0.5],
    skills: [
      python,
      { name: "SQL", category: "Data", level: "INTERMEDIATE" },
      { name: "Public speaking", category: "Communication", level: "BEGINNER" },
    ],
    goals: [
      {
        title: "Study 20 hours this month",
        type: "LEARNING_TIME",
        status: "ACTIVE",
        target: 20,
        current: 12.5,
        unit: "hours",
        priority: "HIGH",
        window: [-10, 20],
      },
      {
        title: "Complete the Data Engineering path",
        type: "COURSE_COMPLETION",
        status: "COMPLETED",
        target: 4,
        current: 4,
        unit: "courses",
        priority: "MEDIUM",
        window: [-90, -5],
      },
    ],
  },
  {
    key: "learner-grace",
    organization: "northwind",
    first_name: "Grace",
    last_name: "Hopper",
    username: "grace.hopper",
    role: "LEARNER",
    status: "ACTIVE",
    signIn: true,
    visibility: "ORGANIZATION",
    timezone: "America/Chicago",
    language: "en-US",
    city: "Arlington",
    country: "US",
    bio: "Compilers, COBOL and curiosity.",
    vark: [0.4, 0.8, 0.6, 0.7],
    skills: [{ name: "COBOL", category: "Programming", level: "EXPERT", verified: true }],
    goals: [
      {
        title: "Earn the Cloud Practitioner certificate",
        type: "CERTIFICATION",
        status: "PAUSED",
        target: 1,
        current: 0,
        unit: "certificates",
        priority: "LOW",
        window: [-30, 60],
      },
    ],
  },
  {
    key: "learner-alan",
    organization: "northwind",
    first_name: "Alan",
    last_name: "Turing",
    username: "alan.turing",
    role: "LEARNER",
    status: "INACTIVE",
    signIn: false,
    visibility: "PRIVATE",
    timezone: "Europe/London",
    language: "en-GB",
    city: "Manchester",
    country: "GB",
    bio: "Deactivated account: kept for its history.",
    vark: [0.5, 0.5, 0.9, 0.6],
    skills: [{ name: "Cryptography", category: "Security", level: "EXPERT" }],
    goals: [
      {
        title: "Score 90% in the statistics assessment",
        type: "ASSESSMENT_SCORE",
        status: "CANCELLED",
        target: 90,
        current: 72,
        unit: "percent",
        priority: "MEDIUM",
        window: [-60, -1],
      },
    ],
  },
  {
    key: "learner-katherine",
    organization: "northwind",
    first_name: "Katherine",
    last_name: "Johnson",
    username: "katherine.johnson",
    role: "LEARNER",
    status: "PENDING",
    signIn: false,
    visibility: "ORGANIZATION",
    timezone: "America/New_York",
    language: "en-US",
    city: "Hampton",
    country: "US",
    bio: "Invited; has not accepted yet.",
    vark: [0.5, 0.5, 0.5, 0.5],
    skills: [],
    goals: [],
  },
  {
    key: "admin",
    organization: "globex",
    first_name: "Hiro",
    last_name: "Tanaka",
    username: "hiro.tanaka",
    role: "ORG_ADMIN",
    status: "ACTIVE",
    signIn: true,
    visibility: "ORGANIZATION",
    timezone: "Asia/Tokyo",
    language: "ja-JP",
    city: "Tokyo",
    country: "JP",
    bio: "Keeps Globex's people learning.",
    vark: [0.6, 0.4, 0.7, 0.5],
    skills: [],
    goals: [],
  },
  {
    key: "instructor",
    organization: "globex",
    first_name: "Amara",
    last_name: "Nwosu",
    username: "amara.nwosu",
    role: "INSTRUCTOR",
    status: "ACTIVE",
    signIn: true,
    visibility: "PUBLIC",
    timezone: "Africa/Lagos",
    language: "en-NG",
    city: "Lagos",
    country: "NG",
    bio: "Design thinking and product discovery.",
    vark: [0.8, 0.5, 0.4, 0.9],
    skills: [{ name: "Product discovery", category: "Product", level: "EXPERT", verified: true }],
    goals: [],
  },
  {
    key: "learner-lucia",
    organization: "globex",
    first_name: "Lucía",
    last_name: "Fernández",
    username: "lucia.fernandez",
    role: "LEARNER",
    status: "ACTIVE",
    signIn: true,
    visibility: "PUBLIC",
    timezone: "Europe/Madrid",
    language: "es-ES",
    city: "Madrid",
    country: "ES",
    bio: "Product designer learning front-end development.",
    vark: [0.9, 0.4, 0.5, 0.8],
    skills: [
      { name: "Figma", category: "Design", level: "ADVANCED", verified: true },
      {
        name: "React",
        category: "Programming",
        level: "BEGINNER",
        evidence: { type: "project", url: "https://github.com/example/portfolio" },
      },
    ],
    goals: [
      {
        title: "Build three React projects",
        type: "SKILL_DEVELOPMENT",
        status: "ACTIVE",
        target: 3,
        current: 1,
        unit: "projects",
        priority: "URGENT",
        window: [-14, 45],
      },
      {
        title: "Reach 1,000 points",
        type: "CUSTOM",
        status: "ACTIVE",
        target: 1000,
        current: 640,
        unit: "points",
        priority: "LOW",
        window: [-30, 30],
      },
    ],
  },
  {
    key: "learner-wei",
    organization: "globex",
    first_name: "Wei",
    last_name: "Zhang",
    username: "wei.zhang",
    role: "LEARNER",
    status: "SUSPENDED",
    signIn: false,
    visibility: "PRIVATE",
    timezone: "Asia/Shanghai",
    language: "zh-CN",
    city: "Shanghai",
    country: "CN",
    bio: "Suspended account.",
    vark: [0.3, 0.7, 0.6, 0.4],
    skills: [{ name: "Go", category: "Programming", level: "NOVICE" }],
    goals: [],
  },
];

export interface DemoInvitation {
  key: string;
  organization: string;
  email: string;
  role: UserRole;
  status: InvitationStatus;
  /** the demo user this invitation created, if any */
  user?: string;
  /** days from now */
  sentDaysAgo: number;
  temporaryPassword?: string;
  reminders: number;
}

export const demoInvitations: DemoInvitation[] = [
  {
    key: "pending-katherine",
    organization: "northwind",
    email: "katherine.johnson@northwind.example.com",
    role: "LEARNER",
    status: "PENDING",
    user: "learner-katherine",
    sentDaysAgo: 3,
    reminders: 1,
  },
  {
    key: "pending-temporary-password",
    organization: "globex",
    email: "new.hire@globex.example.com",
    role: "INSTRUCTOR",
    status: "PENDING",
    sentDaysAgo: 1,
    temporaryPassword: "Temporary-2026",
    reminders: 0,
  },
  {
    key: "accepted-ada",
    organization: "northwind",
    email: "ada.lovelace@northwind.example.com",
    role: "LEARNER",
    status: "ACCEPTED",
    user: "learner-ada",
    sentDaysAgo: 120,
    reminders: 0,
  },
  {
    key: "expired",
    organization: "northwind",
    email: "late.joiner@northwind.example.com",
    role: "LEARNER",
    status: "EXPIRED",
    sentDaysAgo: 30,
    reminders: 3,
  },
  {
    key: "cancelled",
    organization: "globex",
    email: "wrong.address@globex.example.com",
    role: "LEARNER",
    status: "CANCELLED",
    sentDaysAgo: 10,
    reminders: 0,
  },
];
