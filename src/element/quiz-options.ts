/** `startQuiz(options)`: which points to ask (default: 10 of all the points on the body) and how many questions. */
export interface QuizOptions {
  points?: string[];
  count?: number;
}
