import { isValidPhoneNumber, parsePhoneNumberWithError } from "#phone-numbers";

import { str } from "./fields";

/*
 * In a module of its own: phone-number metadata is large, and only the forms that take a phone
 * number should send it to the browser.
 *
 * `#phone-numbers` (package.json "imports") is libphonenumber-js with its full ("max") metadata on
 * the server, which decides, and its "min" metadata in browser bundles (19 kB gzipped instead of
 * 39 kB): there the check goes by the country's number lengths rather than its exact number
 * ranges, and the rare number that passes it but not the server's check gets the server's error
 * next to the field, like every other server-side refusal.
 */

/** A phone number in international form, stored as E.164 (+442079460123). */
export const phoneNumber = str()
  .trim()
  .refine((value) => value.startsWith("+") && isValidPhoneNumber(value), {
    error: "must be a valid phone number in international format, e.g. +442079460123",
  })
  .transform((value) => parsePhoneNumberWithError(value).number);
