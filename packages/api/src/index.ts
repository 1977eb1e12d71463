export {
  checkHealth,
  type CheckHealthOptions,
  type HealthReport,
} from "./services/health/check-health";
