/* fv-model-private.h — what the loader and the model share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

typedef enum
{
  FV_KIND_SOURCE,
  FV_KIND_ACTOR,
  FV_KIND_EVENT,
  FV_KIND_STATEMENT,
  FV_KIND_FIGURE,
  FV_KIND_CASE,
  FV_KIND_CHART,
} FvKind;

typedef struct
{
  FvKind        kind;
  gconstpointer thing;
} FvIdEntry;

struct _FvModel
{
  GObject          parent_instance;

  GFile           *file;            /* what it was read from, or NULL */
  GStringChunk    *strings;         /* the model's texts */
  GPtrArray       *blocks;          /* its arrays and structs, freed with it */
  const char      *language;
  char           **languages;       /* of the texts: the model's first, then sorted */

  FvText           title;
  FvText           summary;
  FvText           tab_titles[FV_N_TABS];
  gboolean         tab_given[FV_N_TABS];      /* in $.tabs: the case and statements tabs may not be */
  FvText           tab_subtitles[FV_N_TABS];  /* absent but for the statements tab's */
  const FvCase    *tab_case;
  const FvActor  **lead_actors;
  guint            n_lead_actors;

  FvSource        *sources;
  guint            n_sources;
  FvActor         *actors;
  guint            n_actors;
  FvEvent         *events;
  guint            n_events;
  FvStatement     *statements;
  guint            n_statements;
  FvFigure        *figures;
  guint            n_figures;
  FvCase          *cases;
  guint            n_cases;
  FvChart         *charts;
  guint            n_charts;

  const FvEvent  **events_by_date;
  GHashTable      *ids;                  /* id → FvIdEntry */
};

gpointer  fv_model_alloc0          (FvModel   *model,
                                    gsize      size);
#define fv_model_new0(model, type, n) \
  ((type *) fv_model_alloc0 ((model), sizeof (type) * (gsize) (n)))

G_END_DECLS
