/* fv-session-private.h — the session's insides, for the files that make it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-session.h"

G_BEGIN_DECLS

struct _FvSession
{
  GObject     parent_instance;

  FvModel    *model;
  char       *content_language;  /* a tag, or "" for the desktop's */
  char      **languages;         /* what texts are read in, from it */
  char       *search_text;
  GHashTable *event_matches;     /* ids; NULL when nothing is searched */
  GHashTable *statement_matches;
  char       *selected_id;
  GHashTable *chart_states;      /* chart id → FvChartViewState */
  char       *current_chart_id;

  /* fv-session-quotes.c */
  GHashTable        *source_texts;  /* source id → FvSourceText */
  GHashTable        *quote_checks;  /* source id → GPtrArray of FvQuoteCheck */
  GHashTable        *checks_by_reference;  /* FvReference → FvQuoteCheck */
  const FvReference *shown_quote;
};

enum {
  PROP_0,
  PROP_MODEL,
  PROP_CONTENT_LANGUAGE,
  PROP_LANGUAGES,
  PROP_SEARCH_TEXT,
  PROP_EVENT_MATCHES,
  PROP_STATEMENT_MATCHES,
  PROP_SELECTED_ID,
  PROP_CURRENT_CHART_ID,
  PROP_CHECKED_SOURCES,
  PROP_SHOWN_QUOTE,
  N_PROPS
};

extern GParamSpec *fv_session_properties[N_PROPS];

void fv_session_quotes_init          (FvSession *self);
void fv_session_quotes_finalize      (FvSession *self);
void fv_session_quotes_install       (GObjectClass *object_class);
void fv_session_quotes_model_changed (FvSession *self);

G_END_DECLS
