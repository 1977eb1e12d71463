export { AppError, conflict, forbidden, invalid, notFound, type ErrorDetail } from "./app-error";
export { errorCodes, type AppErrorCode } from "./error-codes";
export { fromZodError, toAppError } from "./to-app-error";
export { errorBody, httpError, type HttpErrorCode } from "./error-body";
