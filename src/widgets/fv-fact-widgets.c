/* fv-fact-widgets.c — facts laid out for reading, with their sources
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every text of the model goes into a label as plain text (never markup):
 * a title with "<b>" or "&" shows those characters. Every fact shows where
 * it comes from: the source, the paragraph, the quoted words, and which
 * part of it a public record gives.
 */
#include "config.h"

#include <glib/gi18n.h>

#include "fv-fact-widgets.h"
#include "fv-format.h"
#include "fv-quote-mark.h"

GtkWidget *
fv_fact_label_new (const char *text,
                   const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);
  g_autofree char *clipped = fv_text_clip (text, FV_LABEL_MAX_CHARS);

  gtk_label_set_text (GTK_LABEL (label), clipped);
  gtk_label_set_use_markup (GTK_LABEL (label), FALSE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  /* Text to select with the mouse, not a Tab stop: Tab goes to the links.
   * In GTK 4.8 a selectable label that may not take the focus still tells
   * a Tab that it took it (gtk_label_focus), and the Tab goes nowhere: out
   * of the focus chain altogether. */
  gtk_widget_set_focusable (label, FALSE);
  gtk_widget_set_can_focus (label, FALSE);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

GtkWidget *
fv_fact_heading_new (const char *text)
{
  GtkWidget *label = fv_fact_label_new (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  return label;
}

/* The number of SOURCE in a tab's list of sources (NUMBERED), from 1; 0
 * where there is no list or it is not in it. */
static guint
source_number (GPtrArray      *numbered,
               const FvSource *source)
{
  guint index;

  if (numbered != NULL && g_ptr_array_find (numbered, source, &index))
    return index + 1;
  return 0;
}

/* A web source's link, and which page was read, under its line. */
static void
append_link (GtkWidget      *box,
             const FvSource *source)
{
  /* The loader takes only http and https addresses; checked again here,
   * as this is where a click would open one. */
  if (source->url != NULL && fv_web_address_is_valid (source->url))
    {
      g_autoptr(GUri) uri = g_uri_parse (source->url, G_URI_FLAGS_NONE, NULL);
      g_autofree char *address = fv_text_clip (source->url, 80);
      /* translators: a link to a source: the site's host, then the whole
       * address, as in "example.org: https://example.org/article" */
      g_autofree char *label = g_strdup_printf (_("%s: %s"), g_uri_get_host (uri), address);
      GtkWidget *link = gtk_link_button_new_with_label (source->url, label);

      /* The host first: where the link goes, whatever the rest says. */
      gtk_widget_set_halign (link, GTK_ALIGN_START);
      gtk_widget_add_css_class (link, "reference");
      gtk_box_append (GTK_BOX (box), link);

      /* Pages change: which one the model was made from. */
      if (source->accessed.precision != FV_DATE_PRECISION_NONE)
        {
          g_autofree char *when = fv_format_date (&source->accessed);
          /* translators: under a link to a web source: when the page was read */
          g_autofree char *read_on = g_strdup_printf (_("The page as read on %s"), when);

          gtk_box_append (GTK_BOX (box), fv_fact_label_new (read_on, "reference"));
        }
      /* The page as it was read, kept where it cannot change. */
      if (source->stored_copy != NULL && fv_web_address_is_valid (source->stored_copy))
        {
          g_autofree char *copy_address = fv_text_clip (source->stored_copy, 80);
          /* translators: under a link to a web source: a copy of the
           * page kept by a web archive, as it was read */
          g_autofree char *copy = g_strdup_printf (_("A stored copy: %s"), copy_address);
          GtkWidget *copy_link = gtk_link_button_new_with_label (source->stored_copy, copy);

          gtk_widget_set_halign (copy_link, GTK_ALIGN_START);
          gtk_widget_add_css_class (copy_link, "reference");
          gtk_box_append (GTK_BOX (box), copy_link);
        }
    }
}

/**
 * fv_references_box_new:
 * @shown: (nullable): quoted words the fact shows already (a quotation's own)
 * @numbered: (nullable): the tab's list of sources, which the lines point into
 *
 * "Article …, paragraphs 5 and 6 (article)", a line a source, and under
 * it the quoted words, unless they are @shown already. A source in the
 * tab's list of sources is pointed to instead, "[1] paragraphs 5 and 6":
 * its title, link and date of reading are in the list, once.
 *
 * Returns: the references of a fact, laid out
 */
GtkWidget *
fv_references_box_new (FvSession          *session,
                       const FvReferences *references,
                       const char         *shown,
                       GPtrArray          *numbered)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GPtrArray) citations = fv_citations_new (references);

  gtk_widget_add_css_class (box, "references");

  for (guint i = 0; i < citations->len; i++)
    {
      const FvCitation *citation = g_ptr_array_index (citations, i);
      const FvSource *source = citation->source;
      guint number = source_number (numbered, source);
      g_autofree char *line = number > 0
                              ? fv_format_citation_short (citation, number)
                              : fv_format_citation (fv_session_get_model (session), citation,
                                                    fv_session_get_languages (session));

      gtk_box_append (GTK_BOX (box), fv_fact_label_new (line, "reference"));
      if (number == 0)
        append_link (box, source);

      for (guint r = 0; r < citation->references->len; r++)
        {
          const FvReference *ref = g_ptr_array_index (citation->references, r);
          g_autofree char *reckoning = fv_format_reckoning (ref);

          GtkWidget *mark = ref->quote != NULL ? fv_quote_mark_new (session, ref) : NULL;

          if (ref->quote != NULL && g_strcmp0 (ref->quote, shown) != 0)
            {
              g_autofree char *quoted = fv_format_citation_quote (citation, ref);
              GtkWidget *quote = fv_fact_label_new (quoted, "quote");
              GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

              gtk_widget_set_hexpand (quote, TRUE);
              gtk_widget_set_margin_start (row, 12);
              gtk_box_append (GTK_BOX (row), quote);
              if (mark != NULL)
                gtk_box_append (GTK_BOX (row), mark);
              gtk_box_append (GTK_BOX (box), row);
            }
          /* The fact's own words, shown above: their mark under the source. */
          else if (mark != NULL)
            {
              gtk_widget_set_margin_start (mark, 12);
              gtk_box_append (GTK_BOX (box), mark);
            }
          /* The model's own reckoning, told apart from what the source says. */
          if (reckoning != NULL)
            {
              GtkWidget *label = fv_fact_label_new (reckoning, "reckoning");

              gtk_widget_add_css_class (label, "dim-label");
              gtk_widget_set_margin_start (label, 12);
              gtk_box_append (GTK_BOX (box), label);
            }
        }
    }

  return box;
}

/**
 * fv_sources_collect:
 * @numbered: the sources of a tab, in the order first cited
 *
 * Adds the sources @references cite that @numbered has not yet.
 */
void
fv_sources_collect (GPtrArray          *numbered,
                    const FvReferences *references)
{
  g_return_if_fail (numbered != NULL);
  g_return_if_fail (references != NULL);

  for (guint i = 0; i < references->n_items; i++)
    if (!g_ptr_array_find (numbered, references->items[i].source, NULL))
      g_ptr_array_add (numbered, (gpointer) references->items[i].source);
}

/**
 * fv_sources_list_new:
 * @numbered: the sources of a tab, in the order first cited
 *
 * Returns: the tab's list of sources, each once with its number, title,
 *   kind, link and date of reading: "[1] Article … (article)"
 */
GtkWidget *
fv_sources_list_new (FvSession *session,
                     GPtrArray *numbered)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (numbered != NULL, NULL);

  gtk_widget_add_css_class (box, "sources");
  for (guint i = 0; i < numbered->len; i++)
    {
      const FvSource *source = g_ptr_array_index (numbered, i);
      /* translators: a source in a tab's list of sources: its number, its
       * title and its kind: "[1] Article on … (article)" */
      g_autofree char *line = g_strdup_printf (_("[%u] %s (%s)"), i + 1,
                                               fv_session_text (session, &source->title),
                                               fv_source_kind_name (source->kind));

      gtk_box_append (GTK_BOX (box), fv_fact_label_new (line, "reference"));
      append_link (box, source);
    }

  return box;
}


/* "Richard Wooten, Joe Arpaio" */
char *
fv_actors_to_string (FvSession      *session,
                     const FvActor **actors,
                     guint           n_actors)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n_actors; i++)
    {
      if (i > 0)
        g_string_append (str, _(", "));
      g_string_append (str, fv_session_text (session, &actors[i]->name));
    }

  return g_string_free (str, FALSE);
}

/* A language's name as the interface's sentence "Not available in %s"
 * takes it (translators give the form their "in" wants); a language not
 * named here, by its tag. */
static const char *
language_in (const char *tag)
{
  static const struct { const char *tag, *name; } names[] = {
    { "ar", NC_("in a language", "Arabic") }, { "de", NC_("in a language", "German") },
    { "en", NC_("in a language", "English") }, { "es", NC_("in a language", "Spanish") },
    { "fr", NC_("in a language", "French") }, { "hi", NC_("in a language", "Hindi") },
    { "it", NC_("in a language", "Italian") }, { "ko", NC_("in a language", "Korean") },
    { "pl", NC_("in a language", "Polish") }, { "pt", NC_("in a language", "Portuguese") },
    { "pt-BR", NC_("in a language", "Brazilian Portuguese") },
    { "ru", NC_("in a language", "Russian") }, { "tl", NC_("in a language", "Tagalog") },
    { "uk", NC_("in a language", "Ukrainian") }, { "vi", NC_("in a language", "Vietnamese") },
    { "zh", NC_("in a language", "Chinese") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (names[i].tag, tag) == 0)
      return g_dpgettext2 (GETTEXT_PACKAGE, "in a language", names[i].name);

  return tag;
}

/**
 * fv_language_note_new:
 * @language: the language an element is shown in
 *   (fv_session_element_language())
 *
 * Returns: (nullable): a note that the element is not in the language the
 *   reader asked for, when it is not; %NULL when it is
 */
GtkWidget *
fv_language_note_new (FvSession  *session,
                      const char *language)
{
  const char *wanted;
  g_autofree char *text = NULL;
  GtkWidget *note;

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);

  wanted = fv_session_get_shown_language (session);
  if (language == NULL || wanted == NULL || g_ascii_strcasecmp (language, wanted) == 0)
    return NULL;

  /* translators: under a fact whose text the model does not give in the
   * language asked for, shown whole in the model's own: "Not available in
   * Spanish; shown in English" (the names are from the "in a language"
   * context) */
  text = g_strdup_printf (_("Not available in %s; shown in %s"), language_in (wanted),
                          language_in (language));
  note = fv_fact_label_new (text, "dim-label");
  gtk_widget_add_css_class (note, "language-note");

  return note;
}

static void
append_note (GtkWidget  *box,
             FvSession  *session,
             const char *language)
{
  GtkWidget *note = fv_language_note_new (session, language);

  if (note != NULL)
    gtk_box_append (GTK_BOX (box), note);
}

/* An actor's name (as it is written, in any language) and their role, in
 * LANGUAGE (that of the element they stand in). */
static void
append_actor_in (GtkWidget     *box,
                 FvSession     *session,
                 const FvActor *actor,
                 const char    *language)
{
  FvModel *model = fv_session_get_model (session);
  const char *role = fv_model_text_in (model, &actor->role, language);
  const char *name = fv_session_text (session, &actor->name);
  g_autofree char *text = NULL;

  if (role != NULL)
    /* translators: an actor and their role: "Richard Wooten, retired police officer …" */
    text = g_strdup_printf (_("%s — %s"), name, role);
  else
    text = g_strdup (name);

  gtk_box_append (GTK_BOX (box), fv_fact_label_new (text, NULL));
}

/**
 * fv_fact_append_actor:
 *
 * Appends to @box an actor on a line of their own: their own element, in
 * a language of its own.
 */
void
fv_fact_append_actor (GtkWidget     *box,
                      FvSession     *session,
                      const FvActor *actor)
{
  const FvText *texts[] = { &actor->role };

  append_actor_in (box, session, actor,
                   fv_session_element_language (session, texts, G_N_ELEMENTS (texts)));
}

/* The one language EVENT's title and description are shown in. */
static const char *
event_language (FvSession     *session,
                const FvEvent *event)
{
  return fv_model_get_event_language (fv_session_get_model (session), event,
                                      fv_session_get_languages (session));
}

GtkWidget *
fv_event_detail_new (FvSession     *session,
                     const FvEvent *event)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  FvModel *model = fv_session_get_model (session);
  g_autofree char *when = fv_format_event_date (event);
  /* The title and the description in one language, whichever it is. */
  const char *language = event_language (session, event);
  const char *description = fv_model_text_in (model, &event->description, language);

  gtk_widget_add_css_class (box, "fact-detail");
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (when, "dim-label"));
  gtk_box_append (GTK_BOX (box), fv_fact_label_new (fv_model_text_in (model, &event->title,
                                                                      language),
                                                    "title-3"));
  if (description != NULL)
    gtk_box_append (GTK_BOX (box), fv_fact_label_new (description, NULL));
  append_note (box, session, language);

  if (event->n_actors > 0)
    {
      gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Who")));
      for (guint i = 0; i < event->n_actors; i++)
        fv_fact_append_actor (box, session, event->actors[i]);
    }

  gtk_box_append (GTK_BOX (box), fv_fact_heading_new (_("Sources")));
  gtk_box_append (GTK_BOX (box),
                  fv_references_box_new (session, &event->references, NULL, NULL));

  return box;
}

/**
 * fv_statement_card_new_numbered:
 * @numbered: (nullable): the tab's list of sources, which the card's
 *   references point into; NULL for references written whole
 *
 * When, the words, who said them, where, and the source. A quotation is
 * shown in the words that were said; a paraphrase says that it is one. The
 * date first, as an event's detail has it: the fact sheet shows it, and a
 * reference may cite a source for it alone.
 */
GtkWidget *
fv_statement_card_new_numbered (FvSession         *session,
                                const FvStatement *statement,
                                GPtrArray         *numbered)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  FvModel *model = fv_session_get_model (session);
  /* The card's texts in one language: a quotation's own words are what
   * was said, in any language, and its translation is shown only in the
   * card's language. */
  const FvText *texts[] = { &statement->setting, &statement->about, &statement->actor->role,
                            &statement->words };
  guint n_texts = statement->kind == FV_STATEMENT_QUOTATION ? 3 : 4;
  const char *language = fv_session_element_language (session, texts, n_texts);
  const char *setting = fv_model_text_in (model, &statement->setting, language);
  const char *about = fv_model_text_in (model, &statement->about, language);
  const char *translation = fv_model_text_in (model, &statement->translation, language);
  g_autofree char *words = NULL;

  gtk_widget_add_css_class (card, "statement");

  if (statement->date.precision != FV_DATE_PRECISION_NONE)
    {
      g_autofree char *when = fv_format_date (&statement->date);
      GtkWidget *date = fv_fact_label_new (when, "dim-label");

      gtk_widget_add_css_class (date, "statement-date");
      gtk_box_append (GTK_BOX (card), date);
    }

  if (statement->kind == FV_STATEMENT_QUOTATION)
    words = g_strdup_printf (_("“%s”"), statement->words.original);
  else
    words = g_strdup (fv_model_text_in (model, &statement->words, language));

  gtk_box_append (GTK_BOX (card), fv_fact_label_new (words, statement->kind == FV_STATEMENT_QUOTATION
                                                            ? "quotation" : "paraphrase"));
  if (statement->kind == FV_STATEMENT_PARAPHRASE)
    gtk_box_append (GTK_BOX (card), fv_fact_label_new (_("Paraphrase, not their exact words"),
                                                       "dim-label"));
  if (translation != NULL)
    {
      /* translators: under a quotation, what it says in the reader's language:
       * the model's translation, not the speaker's words */
      g_autofree char *text = g_strdup_printf (_("Our translation: %s"), translation);
      gtk_box_append (GTK_BOX (card), fv_fact_label_new (text, "dim-label"));
    }

  append_actor_in (card, session, statement->actor, language);
  if (setting != NULL)
    gtk_box_append (GTK_BOX (card), fv_fact_label_new (setting, "dim-label"));
  if (about != NULL)
    {
      /* translators: what a statement is about */
      g_autofree char *text = g_strdup_printf (_("About: %s"), about);
      gtk_box_append (GTK_BOX (card), fv_fact_label_new (text, "dim-label"));
    }
  append_note (card, session, language);
  gtk_box_append (GTK_BOX (card), fv_references_box_new (session, &statement->references,
                                                      statement->kind == FV_STATEMENT_QUOTATION
                                                      ? statement->words.original : NULL,
                                                      numbered));

  return card;
}
