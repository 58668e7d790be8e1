/* fv-model.c — a fact model: the queries the views use
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A model never changes once it is read (fv-model-load.c): views share it
 * across threads and windows, and what they show of it — the language, the
 * search, the selection — is theirs.
 */
#include "config.h"

#include "fv-model-private.h"

G_DEFINE_FINAL_TYPE (FvModel, fv_model, G_TYPE_OBJECT)

static void
fv_model_finalize (GObject *object)
{
  FvModel *self = (FvModel *)object;

  g_clear_object (&self->file);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);

  G_OBJECT_CLASS (fv_model_parent_class)->finalize (object);
}

static void
fv_model_class_init (FvModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = fv_model_finalize;
}

/**
 * fv_model_get_file:
 *
 * Returns: (transfer none) (nullable): the file the model was read from
 *   (fv_model_new_from_file()), or %NULL for one read from bytes: what an
 *   export of it must never overwrite.
 */
GFile *
fv_model_get_file (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->file;
}

/**
 * fv_model_get_source_text_file:
 *
 * Returns: (transfer full) (nullable): the file of @source's text that the
 *   model names ("text_file"), in the model's folder; NULL when it names
 *   none or the model was not read from a file
 */
GFile *
fv_model_get_source_text_file (FvModel        *self,
                               const FvSource *source)
{
  g_autoptr(GFile) folder = NULL;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (source != NULL, NULL);

  if (source->text_file == NULL || self->file == NULL ||
      (folder = g_file_get_parent (self->file)) == NULL)
    return NULL;

  return g_file_resolve_relative_path (folder, source->text_file);
}

static void
fv_model_init (FvModel *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->blocks = g_ptr_array_new_with_free_func (g_free);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Zeroed memory that lives as long as MODEL: a model is read once and never
 * changes, so its parts are freed together. Never NULL, even for 0 bytes. */
gpointer
fv_model_alloc0 (FvModel *model,
                 gsize    size)
{
  gpointer mem = g_malloc0 (MAX (size, 1));

  g_ptr_array_add (model->blocks, mem);
  return mem;
}

/**
 * fv_model_get_languages:
 *
 * Returns: (transfer none) (array zero-terminated=1): the languages of the
 *   model's texts: its own first, then the others, sorted
 */
const char * const *
fv_model_get_languages (FvModel *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->languages != NULL ? (const char * const *) self->languages : none;
}

/**
 * fv_model_get_content_language:
 * @languages: (nullable): the reader's languages, from fv_languages_new()
 *
 * Returns: the language the model's texts are shown in for that reader: the
 *   first of @languages that the model has, else the model's own
 */
const char *
fv_model_get_content_language (FvModel            *self,
                               const char * const *languages)
{
  const char * const *have;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  have = fv_model_get_languages (self);
  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    for (guint j = 0; have[j] != NULL; j++)
      if (g_ascii_strcasecmp (languages[i], have[j]) == 0)
        return have[j];

  return self->language;
}

/**
 * fv_model_text:
 * @text: a text of this model
 * @languages: (nullable): the reader's languages, from fv_languages_new();
 *   %NULL for the model's own
 *
 * Returns: (nullable): @text in the first of @languages it has, falling
 *   back to the model's own; %NULL when the text is absent
 */
const char *
fv_model_text (FvModel            *self,
               const FvText       *text,
               const char * const *languages)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (text->n_translations == 0)
    return text->original;

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *want = languages[i];

      for (guint j = 0; j < text->n_translations; j++)
        if (g_ascii_strcasecmp (want, text->translations[j].language) == 0)
          return text->translations[j].value;

      if (text->original != NULL && self->language != NULL &&
          g_ascii_strcasecmp (want, self->language) == 0)
        return text->original;
    }

  /* The translations of a quotation have no original: none fits. */
  return text->original;
}

/* LANGUAGE as TEXT spells it (model-owned), when TEXT can be read in it:
 * a translation into it, or its original when LANGUAGE is the model's. */
static const char *
text_language (FvModel      *self,
               const FvText *text,
               const char   *language)
{
  if (text->original != NULL && self->language != NULL &&
      g_ascii_strcasecmp (language, self->language) == 0)
    return self->language;
  for (guint j = 0; j < text->n_translations; j++)
    if (g_ascii_strcasecmp (language, text->translations[j].language) == 0)
      return text->translations[j].language;
  return NULL;
}

/**
 * fv_model_get_element_language:
 * @texts: (array length=n_texts): the texts a reader reads together (a
 *   fact's title and description, a chart's title and subtitle)
 * @languages: (nullable): the reader's languages, from fv_languages_new()
 *
 * One language for a whole element: a title in one language over a
 * description in another reads as half a sentence each. Texts that are
 * absent do not count.
 *
 * Returns: the first of @languages that every one of @texts has, else the
 *   model's own; read each text in it with fv_model_text_in()
 */
const char *
fv_model_get_element_language (FvModel             *self,
                               const FvText * const *texts,
                               guint                n_texts,
                               const char * const  *languages)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (texts != NULL || n_texts == 0, NULL);

  for (guint i = 0; languages != NULL && languages[i] != NULL; i++)
    {
      const char *found = NULL;
      gboolean complete = TRUE;

      for (guint t = 0; t < n_texts && complete; t++)
        if (texts[t]->original != NULL || texts[t]->n_translations > 0)
          {
            const char *spelled = text_language (self, texts[t], languages[i]);

            complete = spelled != NULL;
            found = spelled != NULL ? spelled : found;
          }
      if (complete && found != NULL)
        return found;
    }

  return self->language;
}

/**
 * fv_model_text_in:
 * @text: a text of this model
 * @language: (nullable): a language of the model, as
 *   fv_model_get_element_language() gives it; %NULL for the model's own
 *
 * Returns: (nullable): @text in @language, else as the model has it;
 *   %NULL when the text is absent
 */
const char *
fv_model_text_in (FvModel      *self,
                  const FvText *text,
                  const char   *language)
{
  const char *languages[] = { language, NULL };

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  return fv_model_text (self, text, language != NULL ? languages : NULL);
}

/**
 * fv_model_get_event_language:
 *
 * Returns: the one language @event's title and description are read in,
 *   wherever either shows (fv_model_get_element_language())
 */
const char *
fv_model_get_event_language (FvModel            *self,
                             const FvEvent      *event,
                             const char * const *languages)
{
  const FvText *texts[] = { &event->title, &event->description };

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (event != NULL, NULL);

  return fv_model_get_element_language (self, texts, G_N_ELEMENTS (texts), languages);
}

/**
 * fv_model_event_title:
 *
 * Returns: @event's title in the language of its description too: a
 *   list, a chart's label and the detail name an event alike
 */
const char *
fv_model_event_title (FvModel            *self,
                      const FvEvent      *event,
                      const char * const *languages)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (event != NULL, NULL);

  return fv_model_text_in (self, &event->title,
                           fv_model_get_event_language (self, event, languages));
}

const FvText *
fv_model_get_title (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return &self->title;
}

const FvText *
fv_model_get_tab_title (FvModel *self,
                        FvTab    tab)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (tab < FV_N_TABS, NULL);

  return &self->tab_titles[tab];
}

/**
 * fv_model_has_tab:
 *
 * Returns: whether the window shows @tab for this model: the timeline
 *   always; the case study and the statements when the model gives the tab
 *   and has something to show on it (a case; statements; a chart)
 */
gboolean
fv_model_has_tab (FvModel *self,
                  FvTab    tab)
{
  gboolean content = FALSE;

  g_return_val_if_fail (FV_IS_MODEL (self), FALSE);
  g_return_val_if_fail (tab < FV_N_TABS, FALSE);

  if (tab == FV_TAB_TIMELINE)
    return TRUE;
  if (!self->tab_given[tab])
    return FALSE;

  if (tab == FV_TAB_CASE)
    content = self->tab_case != NULL;
  else if (tab == FV_TAB_STATEMENTS)
    content = self->n_statements > 0;
  for (guint i = 0; !content && i < self->n_charts; i++)
    content = self->charts[i].tab == tab;

  return content;
}

/**
 * fv_model_get_tab_subtitle:
 *
 * Returns: what the tab holds, in a line under its title; an absent text
 *   (its original %NULL) when the model does not say
 */
const FvText *
fv_model_get_tab_subtitle (FvModel *self,
                           FvTab    tab)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (tab < FV_N_TABS, NULL);

  return &self->tab_subtitles[tab];
}

/* The case study the case tab shows: the one the tab names, else the first. */
const FvCase *
fv_model_get_tab_case (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->tab_case;
}

#define DEFINE_LIST(kind, Type, field) \
  guint \
  fv_model_get_n_##field (FvModel *self) \
  { \
    g_return_val_if_fail (FV_IS_MODEL (self), 0); \
    return self->n_##field; \
  } \
  \
  const Type * \
  fv_model_get_##kind (FvModel *self, \
                       guint    position) \
  { \
    g_return_val_if_fail (FV_IS_MODEL (self), NULL); \
    g_return_val_if_fail (position < self->n_##field, NULL); \
    return &self->field[position]; \
  }

DEFINE_LIST (actor, FvActor, actors)
DEFINE_LIST (statement, FvStatement, statements)
DEFINE_LIST (figure, FvFigure, figures)
DEFINE_LIST (case, FvCase, cases)
DEFINE_LIST (chart, FvChart, charts)

#undef DEFINE_LIST

guint
fv_model_get_n_sources (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), 0);

  return self->n_sources;
}

const FvSource *
fv_model_get_source (FvModel *self,
                     guint    position)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (position < self->n_sources, NULL);

  return &self->sources[position];
}

/**
 * fv_model_get_summary:
 *
 * Returns: what the story is about, in a sentence or two (its original
 *   may be %NULL)
 */
const FvText *
fv_model_get_summary (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return &self->summary;
}

guint
fv_model_get_n_events (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), 0);

  return self->n_events;
}

/**
 * fv_model_get_event:
 * @position: a position in date order
 *
 * Returns: the event at @position, oldest first (events of one date keep
 *   the order of the file)
 */
const FvEvent *
fv_model_get_event (FvModel *self,
                    guint    position)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (position < self->n_events, NULL);

  return self->events_by_date[position];
}

/**
 * fv_model_get_events_by_date:
 *
 * Returns: (array zero-terminated=1): every event, oldest first
 */
const FvEvent **
fv_model_get_events_by_date (FvModel *self)
{
  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  return self->events_by_date;
}

/**
 * fv_model_is_lead_actor:
 *
 * Returns: whether @actor is one of the statements tab's lead actors,
 *   whose statements come first (tabs.statements.lead_actors)
 */
gboolean
fv_model_is_lead_actor (FvModel       *self,
                        const FvActor *actor)
{
  g_return_val_if_fail (FV_IS_MODEL (self), FALSE);

  for (guint i = 0; i < self->n_lead_actors; i++)
    if (self->lead_actors[i] == actor)
      return TRUE;
  return FALSE;
}

/**
 * fv_model_get_speaking_lead_actors:
 *
 * Returns: (transfer container) (element-type FvActor): the statements
 *   tab's lead actors who have a statement, in the model's order: whom
 *   the tab's and the fact sheet's first heading names
 */
GPtrArray *
fv_model_get_speaking_lead_actors (FvModel *self)
{
  GPtrArray *speaking;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  speaking = g_ptr_array_new ();
  for (guint i = 0; i < self->n_lead_actors; i++)
    for (guint s = 0; s < self->n_statements; s++)
      if (self->statements[s].actor == self->lead_actors[i])
        {
          g_ptr_array_add (speaking, (gpointer) self->lead_actors[i]);
          break;
        }
  return speaking;
}

/**
 * fv_model_get_statements_lead_first:
 *
 * Returns: (transfer container) (element-type FvStatement): every
 *   statement, the lead actors' first, each group in the file's order: as
 *   the statements tab and the fact sheet give them
 */
GPtrArray *
fv_model_get_statements_lead_first (FvModel *self)
{
  GPtrArray *statements;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);

  statements = g_ptr_array_sized_new (self->n_statements);
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->n_statements; i++)
      if (fv_model_is_lead_actor (self, self->statements[i].actor) == (pass == 0))
        g_ptr_array_add (statements, &self->statements[i]);
  return statements;
}

static gconstpointer
lookup (FvModel    *self,
        const char *id,
        FvKind      kind)
{
  const FvIdEntry *entry;

  g_return_val_if_fail (FV_IS_MODEL (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  entry = g_hash_table_lookup (self->ids, id);
  return entry != NULL && entry->kind == kind ? entry->thing : NULL;
}

const FvSource *
fv_model_lookup_source (FvModel    *self,
                        const char *id)
{
  return lookup (self, id, FV_KIND_SOURCE);
}

const FvEvent *
fv_model_lookup_event (FvModel    *self,
                       const char *id)
{
  return lookup (self, id, FV_KIND_EVENT);
}

const FvFigure *
fv_model_lookup_figure (FvModel    *self,
                        const char *id)
{
  return lookup (self, id, FV_KIND_FIGURE);
}

const FvChart *
fv_model_lookup_chart (FvModel    *self,
                       const char *id)
{
  return lookup (self, id, FV_KIND_CHART);
}

/**
 * fv_event_get_first_day:
 *
 * Returns: the first day the event can have been on, as a day number
 *   (fv_day_number()): the first of its date's period, or of the period of
 *   the event it came "after" when that is later
 */
gint32
fv_event_get_first_day (const FvEvent *event)
{
  gint32 first;

  g_return_val_if_fail (event != NULL, 0);

  if (event->date.precision == FV_DATE_PRECISION_NONE)
    return event->placed ? event->placed_from : 0;

  first = fv_date_first_day (&event->date);
  /* A model with a circle of "after" is refused when it is read. */
  for (const FvEvent *before = event->after; before != NULL; before = before->after)
    if (before->date.precision != FV_DATE_PRECISION_NONE)
      first = MAX (first, fv_date_first_day (&before->date));

  return first;
}

/**
 * fv_event_get_day_after:
 *
 * Returns: the day after the last the event can have been on: the end of
 *   its period or of its date's; for an event without a date, the end of
 *   the days it is placed in (0 when it is not placed)
 */
gint32
fv_event_get_day_after (const FvEvent *event)
{
  g_return_val_if_fail (event != NULL, 0);

  if (event->end.precision != FV_DATE_PRECISION_NONE)
    return fv_date_day_after (&event->end);
  if (event->date.precision != FV_DATE_PRECISION_NONE)
    return fv_date_day_after (&event->date);
  return event->placed ? event->placed_to : 0;
}

/**
 * fv_event_is_drawn:
 *
 * Returns: whether a timeline can draw @event: it has a date, or, known
 *   only by its place among other events, dated events on both sides
 */
gboolean
fv_event_is_drawn (const FvEvent *event)
{
  g_return_val_if_fail (event != NULL, FALSE);

  return event->date.precision != FV_DATE_PRECISION_NONE || event->placed;
}
