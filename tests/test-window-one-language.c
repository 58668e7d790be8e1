/* test-window-one-language.c — one language per element, and a note when not the reader's
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A model that gives some texts in Spanish and not others, read in
 * Spanish: an event whose title and description are both in Spanish is
 * shown in Spanish; one whose description is not falls back whole to the
 * model's English, title and all, in the list too, with a note that says
 * so. The same for a statement's card and for a chart's title and
 * subtitle (drawn, and named to screen readers).
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "fv-chart-panel.h"
#include "fv-chart-view.h"
#include "fv-chart.h"
#include "fv-page.h"
#include "fv-statements-page.h"
#include "fv-test-locale.h"
#include "fv-timeline-page.h"
#include "fv-ui-resources.h"
#include "fv-window.h"
#include "fv-test-window.h"

/* A label whose label (as set: with its mnemonic or markup) is TEXT. */
static gboolean
is_label_with_label (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  return find_where (widget, is_label_with_label, text) != NULL;
}

/* The note under WIDGET's element, or NULL. */
static const char *
note_in (GtkWidget *widget)
{
  GtkWidget *note = find_where (widget, has_css_class, "language-note");

  return note != NULL ? gtk_label_get_label (GTK_LABEL (note)) : NULL;
}

static FvModel *
partial_model (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", "good",
                                                 "partial-translations.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  FvModel *model = fv_model_new_from_file (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return model;
}

static const FvEvent *
event_of (FvModel    *model,
          const char *id)
{
  const FvEvent *event = fv_model_lookup_event (model, id);

  g_assert_nonnull (event);
  return event;
}

/* The model layer alone: which language each element is read in. */
static void
test_element_language (void)
{
  g_autoptr(FvModel) model = partial_model ();
  const char * const spanish[] = { "es", "en", NULL };
  const char * const polish[] = { "pl", NULL };
  const FvEvent *whole = event_of (model, "ev-whole");
  const FvEvent *half = event_of (model, "ev-half");
  const FvText *whole_texts[] = { &whole->title, &whole->description };
  const FvText *half_texts[] = { &half->title, &half->description };
  const FvText *title_only[] = { &half->title };
  const FvChart *chart = fv_model_get_chart (model, 0);

  g_assert_cmpstr (fv_model_get_element_language (model, whole_texts, 2, spanish), ==, "es");
  /* The description has no Spanish: the title goes with it. */
  g_assert_cmpstr (fv_model_get_element_language (model, half_texts, 2, spanish), ==, "en");
  g_assert_cmpstr (fv_model_get_element_language (model, title_only, 1, spanish), ==, "es");
  /* A language the model does not have at all, or none asked: its own. */
  g_assert_cmpstr (fv_model_get_element_language (model, whole_texts, 2, polish), ==, "en");
  g_assert_cmpstr (fv_model_get_element_language (model, whole_texts, 2, NULL), ==, "en");

  g_assert_cmpstr (fv_model_text_in (model, &half->title, "en"), ==, "The mayor speaks");
  g_assert_cmpstr (fv_model_text_in (model, &half->title, "es"), ==, "El alcalde habla");
  g_assert_cmpstr (fv_model_text_in (model, &half->description, "es"), ==,
                   "Only told in English.");
  g_assert_cmpstr (fv_model_text_in (model, &half->title, NULL), ==, "The mayor speaks");

  /* An event's title wherever it shows (a list, a chart's label, its
   * tooltip, its data) goes with its description. */
  g_assert_cmpstr (fv_model_event_title (model, half, spanish), ==, "The mayor speaks");
  g_assert_cmpstr (fv_model_event_title (model, whole, spanish), ==, "Un concejo vota");
  {
    g_autofree char *mark = fv_chart_describe_mark (model, chart, "ev-half", spanish);

    g_assert_nonnull (strstr (mark, "The mayor speaks"));
    g_assert_null (strstr (mark, "El alcalde habla"));
  }

  /* A chart's title and subtitle: the subtitle has no Spanish. */
  g_assert_cmpstr (fv_chart_get_language (model, chart, spanish), ==, "en");
}

static FvWindow *
window_in_spanish (FvModel *model)
{
  FvWindow *window = fv_window_new (NULL);
  FvSession *session;

  fv_window_set_model (window, model);
  gtk_window_present (GTK_WINDOW (window));
  iterate (50);
  session = fv_page_get_session (FV_PAGE (find_widget (GTK_WIDGET (window),
                                                       FV_TYPE_TIMELINE_PAGE)));
  fv_session_set_content_language (session, "es");
  iterate (50);
  return window;
}

static void
destroy (FvWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  gpointer weak = window;

  g_object_add_weak_pointer (G_OBJECT (window), &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_until_finalized (&weak);
  g_settings_reset (settings, "content-language");
  g_settings_reset (settings, "last-tab");
}

static void
select_event (FvWindow   *window,
              const char *id)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE);

  fv_session_set_selected_id (fv_page_get_session (FV_PAGE (page)), id);
  iterate (20);
}

static GtkWidget *
detail_of (FvWindow *window)
{
  GtkWidget *list = find_widget (find_widget (GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE),
                                 GTK_TYPE_LIST_VIEW);

  return gtk_paned_get_end_child (GTK_PANED (gtk_widget_get_ancestor (list, GTK_TYPE_PANED)));
}

typedef struct
{
  const char *interface;  /* LANGUAGE */
  const char *note;       /* the note, in the interface's language */
} Interface;

static const Interface interfaces[] = {
  { "en", "Not available in Spanish; shown in English" },
  { "es", "No disponible en español; se muestra en inglés" },
  { "pl", "Niedostępne po hiszpańsku; pokazano po angielsku" },
};

static void
test_events (gconstpointer data)
{
  const Interface *ui = data;
  g_autoptr(FvModel) model = NULL;
  FvWindow *window;
  GtkWidget *detail;
  GtkWidget *list;

  fv_test_use_language (ui->interface);
  model = partial_model ();
  window = window_in_spanish (model);
  list = find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_VIEW);

  /* In the list: each title in the language of its whole event. */
  g_assert_true (has_label (list, "Un concejo vota"));
  g_assert_true (has_label (list, "The mayor speaks"));
  g_assert_false (has_label (list, "El alcalde habla"));

  /* All in Spanish: no note. */
  select_event (window, "ev-whole");
  detail = detail_of (window);
  g_assert_true (has_label (detail, "Un concejo vota"));
  g_assert_true (has_label (detail, "Vota seguir siendo santuario."));
  g_assert_null (note_in (detail));

  /* Half: all in English, with the note. */
  select_event (window, "ev-half");
  detail = detail_of (window);
  g_assert_true (has_label (detail, "The mayor speaks"));
  g_assert_true (has_label (detail, "Only told in English."));
  g_assert_false (has_label (detail, "El alcalde habla"));
  g_assert_cmpstr (note_in (detail), ==, ui->note);

  /* The chart: its title drawn and named in English, as its subtitle is,
   * and the note under it. */
  {
    GtkWidget *panel = find_widget (GTK_WIDGET (window), FV_TYPE_CHART_PANEL);
    GtkWidget *chart = find_widget (panel, FV_TYPE_CHART_VIEW);

    g_assert_cmpstr (note_in (panel), ==, ui->note);
    g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                       "What happened when"));
  }

  /* Read in English: no note anywhere. */
  fv_session_set_content_language (fv_page_get_session (FV_PAGE (find_widget (
                                     GTK_WIDGET (window), FV_TYPE_TIMELINE_PAGE))), "en");
  iterate (50);
  select_event (window, "ev-half");
  g_assert_null (note_in (GTK_WIDGET (window)));

  destroy (window);
  fv_test_use_language ("en");
}

static void
test_statements (void)
{
  g_autoptr(FvModel) model = partial_model ();
  FvWindow *window = window_in_spanish (model);
  GtkWidget *page = find_widget (GTK_WIDGET (window), FV_TYPE_STATEMENTS_PAGE);
  GtkWidget *whole, *half;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-tab", "s", "statements");
  iterate (50);

  /* The quotation's card: its words as said, the rest in Spanish. */
  whole = find_where (page, is_label_with_label, "En una reunión");
  g_assert_nonnull (whole);
  whole = gtk_widget_get_ancestor (whole, GTK_TYPE_BOX);
  g_assert_true (has_label (whole, "“We will see”"));
  g_assert_true (has_label (whole, "Our translation: Ya veremos"));
  g_assert_true (has_label (whole, "About: La votación"));
  g_assert_null (note_in (whole));

  /* The paraphrase's: "about" has no Spanish, so the whole card is in
   * English, with the note. */
  g_assert_null (find_where (page, is_label_with_label, "A los periodistas"));
  half = find_where (page, is_label_with_label, "To reporters");
  g_assert_nonnull (half);
  half = gtk_widget_get_ancestor (half, GTK_TYPE_BOX);
  g_assert_true (has_label (half, "The city will not change"));
  g_assert_true (has_label (half, "About: Told in English only"));
  g_assert_cmpstr (note_in (half), ==, "Not available in Spanish; shown in English");

  destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  char *data_home;

  data_home = fv_test_window_init (&argc, &argv);
  if (data_home == NULL)
    return 0;

  g_test_add_func ("/one-language/element-language", test_element_language);
  for (guint i = 0; i < G_N_ELEMENTS (interfaces); i++)
    {
      g_autofree char *path = g_strdup_printf ("/one-language/events/%s", interfaces[i].interface);

      g_test_add_data_func (path, &interfaces[i], test_events);
    }
  g_test_add_func ("/one-language/statements", test_statements);

  return fv_test_window_run (data_home);
}
