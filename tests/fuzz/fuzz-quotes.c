/* fuzz-quotes.c — libFuzzer target: any quotation against any source text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bytes: a first line, the quoted words (their first byte, odd, makes the
 * rest a web page), then the source's text, plain or HTML. The text is
 * read; the quotation, if it is UTF-8, is checked against the paragraph
 * its length names. Nothing may fail; every place found is within its
 * paragraph, in order, on a character's edge; the status agrees with the
 * paragraph; and the steps stay within the checker's stated cost: a few
 * passes over the text for each part of the quotation, and the closest
 * passage's table.
 */
#include "config.h"

#include <string.h>

#include "fuzz-common.h"
#include "fv-quote-check.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
check_ranges (const GArray *ranges,
              const char   *paragraph)
{
  gsize length = strlen (paragraph);
  gsize last = 0;

  for (guint i = 0; ranges != NULL && i < ranges->len; i++)
    {
      const FvTextRange *range = &g_array_index (ranges, FvTextRange, i);

      if (range->start < last || range->end <= range->start || range->end > length)
        fuzz_fail ("range %u: %zu–%zu in a paragraph of %zu bytes", i, range->start,
                   range->end, length);
      if (!g_utf8_validate (paragraph + range->start, range->end - range->start, NULL))
        fuzz_fail ("range %u: %zu–%zu is not on characters' edges", i, range->start, range->end);
      last = range->end;
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  const guint8 *newline = memchr (data, '\n', size);
  g_autofree char *quote = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FvSourceText) text = NULL;
  g_autoptr(FvQuoteChecker) checker = NULL;
  FvQuoteMatch match;
  guint n, cited, parts = 1;
  guint64 bound;

  if (newline == NULL)
    return 0;
  quote = g_strndup ((const char *) data, newline - data);
  if (!g_utf8_validate (quote, -1, NULL) || quote[0] == '\0')
    return 0;
  bytes = g_bytes_new (newline + 1, size - (newline - data) - 1);
  text = fv_source_text_new_from_bytes (bytes, data[0] % 2 == 1, NULL);
  if (text == NULL)
    return 0;

  n = fv_source_text_get_n_paragraphs (text);
  cited = strlen (quote) % (n + 2);
  checker = fv_quote_checker_new (text);
  fv_quote_checker_match (checker, quote, cited, &match);

  switch (match.status)
    {
    case FV_QUOTE_VERBATIM:
      if (match.paragraph == 0 || (cited != 0 && match.paragraph != cited))
        fuzz_fail ("verbatim in paragraph %u, cited %u", match.paragraph, cited);
      break;
    case FV_QUOTE_ELSEWHERE:
      if (match.paragraph == 0 || match.paragraph == cited || match.paragraph > n)
        fuzz_fail ("elsewhere in paragraph %u, cited %u of %u", match.paragraph, cited, n);
      break;
    case FV_QUOTE_NOT_FOUND:
      if (match.paragraph != (cited <= n ? cited : 0))
        fuzz_fail ("not found, in paragraph %u, cited %u of %u", match.paragraph, cited, n);
      break;
    }
  if (match.paragraph != 0)
    {
      const char *paragraph = fv_source_text_get_paragraph (text, match.paragraph);

      check_ranges (match.ranges, paragraph);
      check_ranges (match.differ, paragraph);
    }

  /* Each "[", "…" or "." may start a part: a generous count of them. */
  for (const char *p = quote; *p != '\0'; p++)
    parts += *p == '[' || *p == '.' || (guchar) *p == 0xe2;
  bound = 8 * (guint64) (parts + 2) * (size + 16) + 2 * (guint64) FV_QUOTE_MAX_CELLS;
  if (fv_quote_checker_get_work (checker) > bound)
    fuzz_fail ("%" G_GUINT64_FORMAT " steps for %zu bytes", fv_quote_checker_get_work (checker),
               size);
  fv_quote_match_clear (&match);

  return 0;
}
