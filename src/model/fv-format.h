/* fv-format.h — dates and numbers of a model, as the reader's locale writes them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"
#include "fv-reference-format.h"

G_BEGIN_DECLS

/* Accents stack a few marks on one letter at most: a text with more is a
 * drawing attack, not writing. */
#define FV_TEXT_MAX_MARKS 8

char *fv_format_date          (const FvDate   *date);
char *fv_format_date_time     (GDateTime      *dt,
                               const char     *format);
char *fv_format_event_date    (const FvEvent  *event);
char *fv_format_figure_value  (const FvFigure *figure);
const char *fv_figure_qualifier_name (const FvFigure *figure);
char *fv_format_number        (double          value,
                               FvUnit          unit,
                               const char     *currency);
const char *fv_source_kind_name (FvSourceKind    kind);
char *fv_text_clip            (const char        *text,
                               gsize              max_chars);
char *fv_text_escape_controls (const char        *text);
char *fv_text_shorten_middle  (const char        *text,
                               gsize              max_chars);
gboolean fv_text_is_blank     (const char        *text);
guint    fv_text_max_marks    (const char        *text);
gboolean fv_text_has_bidi_controls (const char   *text);
gboolean fv_web_address_is_valid (const char     *url);

G_END_DECLS
