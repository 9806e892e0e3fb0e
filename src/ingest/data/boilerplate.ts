/**
 * CSS selectors of page furniture removed before Readability runs: ad slots it would otherwise
 * keep inside an article body, leaving a stray "Advertisement" paragraph between two paragraphs.
 */
export const BOILERPLATE_SELECTORS: readonly string[] = [
  '[class~="ad"]',
  '[class~="ad-slot"]',
  '[class~="advert"]',
  '[class~="advertisement"]',
  '[class*="ad-container"]',
  '[id^="ad-"]',
  '[id^="google_ads"]',
  '[aria-label="Advertisement"]',
  '[data-ad-slot]',
];
