/* fv-model.h — a fact model: the facts of one story, with their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "fv-date.h"
#include "fv-language.h"
#include "fv-model-types.h"
#include "fv-problem.h"

G_BEGIN_DECLS

/* The schema versions this loader reads. */
#define FV_MODEL_SCHEMA_VERSION 1

/* A fact model is text written by people; past this size it is not one, and
 * a JSON tree takes several times the file's size in memory. */
#define FV_MODEL_MAX_FILE_SIZE (64 * 1024 * 1024)

/* A fact model needs about six levels of nesting. */
#define FV_MODEL_MAX_DEPTH 64
/* The most characters of any string of a model: a long paragraph, a
 * quotation of a page. */
#define FV_MODEL_MAX_TEXT 20000
/* The most characters of a title, a name, a label: what a window's title
 * bar, a list's row or a chart's heading can show. */
#define FV_MODEL_MAX_TITLE 1000
/* The most languages, besides the model's own, of one text and of all. */
#define FV_MODEL_MAX_LANGUAGES 100
/* The most references one fact has. */
#define FV_MODEL_MAX_REFERENCES 100
/* The most parts of one quotation that the story interrupts. */
#define FV_MODEL_MAX_QUOTATION_PARTS 20

#define FV_TYPE_MODEL (fv_model_get_type ())

G_DECLARE_FINAL_TYPE (FvModel, fv_model, FV, MODEL, GObject)

FvModel            *fv_model_new_from_bytes        (GBytes              *bytes,
                                                    const char          *display_name,
                                                    GPtrArray          **problems,
                                                    GError             **error);
FvModel            *fv_model_new_from_file         (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GPtrArray          **problems,
                                                    GError             **error);
void                fv_model_new_from_file_async   (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
FvModel            *fv_model_new_from_file_finish  (GAsyncResult        *result,
                                                    GPtrArray          **problems,
                                                    GError             **error);
FvModel            *fv_model_new_builtin           (void);
GBytes             *fv_model_read_bytes            (GFile               *file,
                                                    GCancellable        *cancellable,
                                                    GError             **error);
GBytes             *fv_model_get_builtin_bytes     (void);
GFile              *fv_model_get_file              (FvModel             *self);
GFile              *fv_model_get_source_text_file  (FvModel             *self,
                                                    const FvSource      *source);

const char * const *fv_model_get_languages         (FvModel             *self);
const char         *fv_model_get_content_language  (FvModel             *self,
                                                    const char * const  *languages);

typedef struct
{
  const char *language;
  guint       n_texts;    /* texts that should have it */
  guint       n_missing;  /* of those, the ones that do not */
} FvTranslationStats;

GPtrArray          *fv_model_check_translations    (FvModel             *self,
                                                    GArray             **stats);
void                fv_model_locate_problems       (GBytes              *bytes,
                                                    GPtrArray           *problems);
const char         *fv_model_text                  (FvModel             *self,
                                                    const FvText        *text,
                                                    const char * const  *languages);
const char         *fv_model_get_element_language  (FvModel             *self,
                                                    const FvText * const *texts,
                                                    guint                n_texts,
                                                    const char * const  *languages);
const char         *fv_model_text_in               (FvModel             *self,
                                                    const FvText        *text,
                                                    const char          *language);
const char         *fv_model_get_event_language    (FvModel             *self,
                                                    const FvEvent       *event,
                                                    const char * const  *languages);
const char         *fv_model_event_title           (FvModel             *self,
                                                    const FvEvent       *event,
                                                    const char * const  *languages);

const FvText       *fv_model_get_title             (FvModel             *self);
const FvText       *fv_model_get_tab_title         (FvModel             *self,
                                                    FvTab                tab);
gboolean            fv_model_has_tab               (FvModel             *self,
                                                    FvTab                tab);
const FvText       *fv_model_get_tab_subtitle      (FvModel             *self,
                                                    FvTab                tab);
const FvCase       *fv_model_get_tab_case          (FvModel             *self);

guint               fv_model_get_n_sources         (FvModel             *self);
const FvSource     *fv_model_get_source            (FvModel             *self,
                                                    guint                position);
const FvText       *fv_model_get_summary           (FvModel             *self);
guint               fv_model_get_n_actors          (FvModel             *self);
const FvActor      *fv_model_get_actor             (FvModel             *self,
                                                    guint                position);
guint               fv_model_get_n_events          (FvModel             *self);
const FvEvent      *fv_model_get_event             (FvModel             *self,
                                                    guint                position);
const FvEvent     **fv_model_get_events_by_date    (FvModel             *self);
guint               fv_model_get_n_statements      (FvModel             *self);
const FvStatement  *fv_model_get_statement         (FvModel             *self,
                                                    guint                position);
guint               fv_model_get_n_figures         (FvModel             *self);
const FvFigure     *fv_model_get_figure            (FvModel             *self,
                                                    guint                position);
guint               fv_model_get_n_cases           (FvModel             *self);
const FvCase       *fv_model_get_case              (FvModel             *self,
                                                    guint                position);
guint               fv_model_get_n_charts          (FvModel             *self);
const FvChart      *fv_model_get_chart             (FvModel             *self,
                                                    guint                position);
GPtrArray          *fv_model_get_statements_lead_first (FvModel       *self);
gboolean            fv_model_is_lead_actor         (FvModel             *self,
                                                    const FvActor       *actor);
GPtrArray          *fv_model_get_speaking_lead_actors (FvModel          *self);

gint32              fv_event_get_first_day         (const FvEvent       *event);
gint32              fv_event_get_day_after         (const FvEvent       *event);
gboolean            fv_event_is_drawn              (const FvEvent       *event);

const FvSource     *fv_model_lookup_source         (FvModel             *self,
                                                    const char          *id);
const FvEvent      *fv_model_lookup_event          (FvModel             *self,
                                                    const char          *id);
const FvFigure     *fv_model_lookup_figure         (FvModel             *self,
                                                    const char          *id);
const FvChart      *fv_model_lookup_chart          (FvModel             *self,
                                                    const char          *id);


G_END_DECLS
