import { invalid } from "../../errors";
import { passwordProblem } from "../../schemas/auth";

/**
 * The password policy on the server: 10 to 128 characters, not one of the ~1,100 most common
 * passwords (schemas/common-passwords.ts), and not the account's e-mail address or its local part
 * (case ignored). The same rules as the client-safe `newPassword` schema and `passwordProblem`,
 * plus the e-mail one, which needs the account. Breaking one is VALIDATION_FAILED on `field`.
 */
export function assertPasswordPolicy(
  password: string,
  { email, field }: { email: string | null; field: string },
): void {
  const problem = passwordProblem(password, { email });
  if (problem !== null) throw invalid(field, problem);
}
