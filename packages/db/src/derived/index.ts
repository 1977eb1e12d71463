export { refreshLearningStats } from "./refresh-learning-stats";
