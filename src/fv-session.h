/* fv-session.h — what the views of one model share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "fv-chart-view-state.h"
#include "fv-model.h"
#include "fv-quote-check.h"

G_BEGIN_DECLS

#define FV_TYPE_SESSION (fv_session_get_type ())

G_DECLARE_FINAL_TYPE (FvSession, fv_session, FV, SESSION, GObject)

FvSession          *fv_session_new                  (void);
FvModel            *fv_session_get_model            (FvSession    *self);
void                fv_session_set_model            (FvSession    *self,
                                                     FvModel      *model);
const char         *fv_session_get_content_language (FvSession    *self);
void                fv_session_set_content_language (FvSession    *self,
                                                     const char   *language);
const char * const *fv_session_get_languages        (FvSession    *self);
const char         *fv_session_get_shown_language   (FvSession    *self);
const char         *fv_session_get_search_text      (FvSession    *self);
void                fv_session_set_search_text      (FvSession    *self,
                                                     const char   *text);
GHashTable         *fv_session_get_event_matches    (FvSession    *self);
GHashTable         *fv_session_get_statement_matches (FvSession   *self);
const char         *fv_session_get_selected_id      (FvSession    *self);
void                fv_session_set_selected_id      (FvSession    *self,
                                                     const char   *id);
const char         *fv_session_text                 (FvSession    *self,
                                                     const FvText *text);
const char         *fv_session_element_language     (FvSession           *self,
                                                     const FvText * const *texts,
                                                     guint                n_texts);
FvChartViewState   *fv_session_get_chart_state      (FvSession    *self,
                                                     const char   *chart_id);
const char         *fv_session_get_current_chart_id (FvSession    *self);
void                fv_session_set_current_chart_id (FvSession    *self,
                                                     const char   *chart_id);

gboolean            fv_session_set_quote_checks     (FvSession    *self,
                                                     FvModel      *model,
                                                     const char   *source_id,
                                                     FvSourceText *text,
                                                     GPtrArray    *checks);
GHashTable         *fv_session_get_source_texts     (FvSession    *self);
const FvQuoteCheck *fv_session_find_quote_check     (FvSession    *self,
                                                     const FvReference *reference);
gboolean            fv_session_has_quote_checks     (FvSession    *self);
const FvReference  *fv_session_get_shown_quote      (FvSession    *self);
void                fv_session_set_shown_quote      (FvSession    *self,
                                                     const FvReference *reference);

G_END_DECLS
