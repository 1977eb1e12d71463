import { isValidPhoneNumber, parsePhoneNumberWithError } from "libphonenumber-js/max";

import { str } from "./fields";

/*
 * In a module of its own: the full phone-number metadata is large, and only the forms that take a
 * phone number should send it to the browser.
 */

/** A phone number in international form, stored as E.164 (+442079460123). */
export const phoneNumber = str()
  .trim()
  .refine((value) => value.startsWith("+") && isValidPhoneNumber(value), {
    error: "must be a valid phone number in international format, e.g. +442079460123",
  })
  .transform((value) => parsePhoneNumberWithError(value).number);
