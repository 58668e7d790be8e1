/* fv-quote-check-private.h — what the quotation checker's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-quote-check.h"

G_BEGIN_DECLS

/* A text folded for comparison: the characters, and where each came from
 * in the text, in bytes. A run of white space is one ' ', at the run's
 * first byte. */
typedef struct
{
  gunichar *chars;
  guint32  *offsets;
  guint     n;
} Folded;

typedef struct
{
  guint start;
  guint length;
} Span;

/* A quotation as parts to find in order, each whole, with any words
 * between them; gap_before and gap_after for words left out at either
 * end. */
typedef struct
{
  GArray   *parts;  /* Span, in the folded quotation */
  gboolean  gap_before;
  gboolean  gap_after;
} Pattern;

/* The end, in bytes of TEXT, of the folded characters before END. */
static inline gsize
fv_folded_byte_end (const Folded *f,
                    const char   *text,
                    guint         end)
{
  g_assert (end > 0);
  return g_utf8_next_char (text + f->offsets[end - 1]) - text;
}

static inline gboolean
fv_is_word (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

void fv_quote_closest_passage (const Pattern *pattern,
                               const Folded  *quote,
                               const char    *quote_text,
                               const Folded  *para,
                               const char    *text,
                               FvQuoteMatch  *match,
                               guint64       *work);

G_END_DECLS
