/* fv-reference-format.h — where a fact comes from, written for a reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

/* The references of a fact to one source, in the fact's order: a line
 * under the fact, "Article …, paragraphs 10 and 11 (article)". */
typedef struct
{
  const FvSource *source;
  GPtrArray      *references;  /* const FvReference *, borrowed from the model */
} FvCitation;

GPtrArray  *fv_citations_new          (const FvReferences *references);
char       *fv_format_citation        (FvModel            *model,
                                       const FvCitation   *citation,
                                       const char * const *languages);
char       *fv_format_citation_places (FvModel            *model,
                                       const FvCitation   *citation,
                                       const char * const *languages);
char       *fv_format_citation_short  (const FvCitation   *citation,
                                       guint               number);
char       *fv_format_citation_quote  (const FvCitation   *citation,
                                       const FvReference  *reference);
char       *fv_format_reckoning (const FvReference *reference);
const char *fv_fact_field_name        (const char         *field);
char       *fv_format_list            (const char * const *items,
                                       guint               n_items);
char       *fv_text_fold_quotation    (const char         *text);

G_END_DECLS
