/* fv-quote-check.h — a model's quoted words against its source's text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"
#include "fv-source-text.h"

G_BEGIN_DECLS

/* The most cells of the word-by-word comparison that finds the closest
 * passage for a quotation that is not in its paragraph (quoted words ×
 * the paragraph's words): a quotation of 100 words in a paragraph of
 * 160,000 words. Past it a report gives no closest passage. */
#define FV_QUOTE_MAX_CELLS (16 * 1024 * 1024)

typedef enum
{
  FV_QUOTE_VERBATIM,   /* in the cited paragraph */
  FV_QUOTE_ELSEWHERE,  /* only in another paragraph */
  FV_QUOTE_NOT_FOUND,  /* in no paragraph */
} FvQuoteStatus;

/* A place in a paragraph, in bytes. */
typedef struct
{
  gsize start;
  gsize end;
} FvTextRange;

typedef struct
{
  FvQuoteStatus status;
  /* Where the words are; for FV_QUOTE_NOT_FOUND the cited paragraph, 0
   * when the text has no such paragraph. */
  guint         paragraph;
  /* FvTextRange: found, the quoted words' places, one between each two
   * left out ("[…]", "…"); not found, the closest passage, or none. */
  GArray       *ranges;
  /* FvTextRange: not found, the passage's words that differ from the
   * quotation's, or that the quotation does not have. */
  GArray       *differ;
  /* char *: not found, the quotation's words that the passage differs
   * from or lacks. */
  GPtrArray    *missing;
} FvQuoteMatch;

/* One reference with quoted words into the checked source. */
typedef struct
{
  const char        *kind;  /* "actor", "event", "statement", "figure", "case" */
  const char        *id;    /* the fact's id */
  const FvReference *reference;
  FvQuoteMatch       match;
} FvQuoteCheck;

typedef struct _FvQuoteChecker FvQuoteChecker;

FvQuoteChecker *fv_quote_checker_new       (FvSourceText       *text);
void            fv_quote_checker_free      (FvQuoteChecker     *self);
void            fv_quote_checker_match     (FvQuoteChecker     *self,
                                            const char         *quote,
                                            guint               paragraph,
                                            FvQuoteMatch       *match);
guint64         fv_quote_checker_get_work  (FvQuoteChecker     *self);
void            fv_quote_match_clear       (FvQuoteMatch       *match);

GPtrArray      *fv_quote_check_model       (FvModel            *model,
                                            const FvSource     *source,
                                            FvSourceText       *text,
                                            guint64            *work);
GPtrArray      *fv_quote_sources           (FvModel            *model);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FvQuoteChecker, fv_quote_checker_free)

G_END_DECLS
