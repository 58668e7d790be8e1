/* fv-window-quote-pane.c — a quotation shown in its source's paragraph, beside the story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session's shown quotation (a mark's, fv-quote-mark.c) in the side
 * pane, an AdwFlap beside the tabs and over them where the window is
 * narrow: the source's paragraph with the quoted words highlighted, or,
 * for a quotation not in the text, the closest passage with the words that
 * differ underlined; the quotation as the model has it; and the file and
 * its SHA-256 digest, so that a reader can check the check. The pane takes
 * the focus, and Escape or its button gives it back to the mark.
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "fv-format.h"
#include "fv-window-private.h"

/* A paragraph longer than this (in bytes) is shown around the quoted words
 * only, CONTEXT bytes each side: a saved page may hold one paragraph of
 * megabytes, more than a label lays out in good time. */
#define PARAGRAPH_SHOWN_MAX (16 * 1024)
#define PARAGRAPH_CONTEXT   2000

static void
close_quote_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  fv_session_set_shown_quote (FV_WINDOW (widget)->session, NULL);
}

static void
add_attributes (PangoAttrList *attributes,
                PangoAttribute *first,
                PangoAttribute *second,
                gsize           start,
                gsize           end)
{
  PangoAttribute *each[] = { first, second };

  for (guint i = 0; i < G_N_ELEMENTS (each); i++)
    {
      each[i]->start_index = start;
      each[i]->end_index = end;
      pango_attr_list_insert (attributes, each[i]);
    }
}

/* The paragraph, with @match's places marked: the quoted words on a
 * marker's yellow, dark text whatever the style; the words that differ
 * underlined as a misspelling and in bold. */
static void
show_paragraph (FvWindow           *self,
                const char         *paragraph,
                const FvQuoteMatch *match)
{
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();
  g_autoptr(GString) shown = g_string_new (NULL);
  gsize length = strlen (paragraph);
  gsize from = 0;
  gsize to = length;
  gssize shift;

  if (length > PARAGRAPH_SHOWN_MAX)
    {
      if (match->ranges->len > 0)
        {
          const FvTextRange *first = &g_array_index (match->ranges, FvTextRange, 0);
          const FvTextRange *last = &g_array_index (match->ranges, FvTextRange,
                                                    match->ranges->len - 1);

          from = first->start > PARAGRAPH_CONTEXT ? first->start - PARAGRAPH_CONTEXT : 0;
          to = MIN (length, last->end + PARAGRAPH_CONTEXT);
        }
      else
        to = PARAGRAPH_SHOWN_MAX;
      /* On characters' first bytes. */
      while (from > 0 && (paragraph[from] & 0xc0) == 0x80)
        from--;
      while (to < length && (paragraph[to] & 0xc0) == 0x80)
        to++;
    }

  if (from > 0)
    g_string_append (shown, "… ");
  shift = (gssize) shown->len - (gssize) from;
  g_string_append_len (shown, paragraph + from, to - from);
  if (to < length)
    g_string_append (shown, " …");

  for (guint i = 0; i < match->ranges->len; i++)
    {
      const FvTextRange *range = &g_array_index (match->ranges, FvTextRange, i);

      if (range->start >= from && range->end <= to)
        add_attributes (attributes, pango_attr_background_new (0xffff, 0xf000, 0x6600),
                        pango_attr_foreground_new (0x1a1a, 0x1a1a, 0x1a1a),
                        range->start + shift, range->end + shift);
    }
  for (guint i = 0; match->differ != NULL && i < match->differ->len; i++)
    {
      const FvTextRange *range = &g_array_index (match->differ, FvTextRange, i);

      if (range->start >= from && range->end <= to)
        add_attributes (attributes, pango_attr_underline_new (PANGO_UNDERLINE_ERROR),
                        pango_attr_weight_new (PANGO_WEIGHT_BOLD),
                        range->start + shift, range->end + shift);
    }

  gtk_label_set_text (self->quote_paragraph, shown->str);
  gtk_label_set_attributes (self->quote_paragraph, attributes);
  gtk_widget_set_visible (GTK_WIDGET (self->quote_paragraph), TRUE);
}

static char *
describe_match (const FvReference *reference,
                const FvQuoteMatch *match)
{
  switch (match->status)
    {
    case FV_QUOTE_VERBATIM:
      return g_strdup_printf (_("The quoted words are in paragraph %u, as cited."),
                              match->paragraph);
    case FV_QUOTE_ELSEWHERE:
      if (reference->paragraph == 0)
        return g_strdup_printf (_("The quoted words are in paragraph %u; no paragraph is cited."),
                                match->paragraph);
      return g_strdup_printf (_("The quoted words are not in paragraph %u, which is cited, but "
                                "in paragraph %u."),
                              reference->paragraph, match->paragraph);
    case FV_QUOTE_NOT_FOUND:
    default:
      if (match->ranges->len > 0)
        return g_strdup_printf (_("The quoted words are not in the text. Highlighted: the "
                                  "closest passage of paragraph %u, with the words that differ "
                                  "underlined."),
                                match->paragraph);
      if (reference->paragraph > 0 && match->paragraph == 0)
        return g_strdup_printf (_("The quoted words are not in the text, which has no "
                                  "paragraph %u."),
                                reference->paragraph);
      return g_strdup (_("The quoted words are not in the text."));
    }
}

/* The quotation as the model has it, and its words the passage lacks. */
static char *
describe_quotation (const FvReference  *reference,
                    const FvQuoteMatch *match)
{
  g_autofree char *quote = fv_text_clip (reference->quote, 2000);
  /* translators: the words a fact model quotes; %s is the quotation */
  g_autofree char *quoted = g_strdup_printf (_("Quoted: “%s”"), quote);
  g_autoptr(GString) missing = NULL;

  if (match->missing == NULL || match->missing->len == 0)
    return g_steal_pointer (&quoted);

  missing = g_string_new (NULL);
  for (guint i = 0; i < match->missing->len && missing->len < 2000; i++)
    {
      if (i > 0)
        /* translators: between two words in a list */
        g_string_append (missing, _(", "));
      g_string_append_printf (missing, _("“%s”"), (const char *) g_ptr_array_index (match->missing, i));
    }

  /* translators: %s lists the quotation's words that the source's passage
   * lacks or has otherwise, each in quotation marks */
  return g_strdup_printf (_("%s\nThe quotation’s words that the passage lacks: %s"),
                          quoted, missing->str);
}

/* The session's shown quotation, in its paragraph; none closes the pane. */
static void
on_shown_quote_changed (FvWindow *self)
{
  const FvReference *reference = fv_session_get_shown_quote (self->session);
  const FvQuoteCheck *check;
  FvSourceText *text;
  g_autofree char *status = NULL;
  g_autofree char *place = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *clipped = NULL;
  GFile *file;

  if (reference == NULL)
    {
      GtkWidget *focus = self->focus_before_quote;

      adw_flap_set_reveal_flap (self->quote_flap, FALSE);
      /* Back to the mark that opened the pane, if the pane had the focus. */
      if (focus != NULL && gtk_widget_get_mapped (focus))
        gtk_widget_grab_focus (focus);
      g_clear_weak_pointer (&self->focus_before_quote);
      return;
    }

  check = fv_session_find_quote_check (self->session, reference);
  text = g_hash_table_lookup (fv_session_get_source_texts (self->session), reference->source->id);
  g_return_if_fail (check != NULL && text != NULL);

  status = describe_match (reference, &check->match);
  gtk_label_set_text (self->quote_status, status);

  if (check->match.paragraph > 0)
    {
      /* translators: over a source's paragraph: the source's title, and
       * the paragraph's number */
      place = g_strdup_printf (_("%s, paragraph %u"),
                               fv_window_source_title (self, reference->source, &clipped),
                               check->match.paragraph);
      show_paragraph (self, fv_source_text_get_paragraph (text, check->match.paragraph),
                      &check->match);
    }
  else
    {
      place = g_strdup (fv_window_source_title (self, reference->source, &clipped));
      gtk_widget_set_visible (GTK_WIDGET (self->quote_paragraph), FALSE);
    }
  gtk_label_set_text (self->quote_place, place);

  quoted = describe_quotation (reference, &check->match);
  gtk_label_set_text (self->quote_quoted, quoted);

  file = fv_source_text_get_file (text);
  if (file != NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);
      g_autofree char *name_shown = fv_text_clip (name, 300);

      /* translators: %s is a file's name, then its SHA-256 digest */
      checked = g_strdup_printf (_("Checked against %s, SHA-256 %s"), name_shown,
                                 fv_source_text_get_sha256 (text));
    }
  else
    /* translators: %s is a text's SHA-256 digest */
    checked = g_strdup_printf (_("Checked against the text with SHA-256 %s"),
                               fv_source_text_get_sha256 (text));
  gtk_label_set_text (self->quote_file, checked);
  /* A digest broken over lines without a hyphen that is not its own. */
  {
    g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

    pango_attr_list_insert (attributes, pango_attr_insert_hyphens_new (FALSE));
    gtk_label_set_attributes (self->quote_file, attributes);
  }

  if (!adw_flap_get_reveal_flap (self->quote_flap))
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      g_set_weak_pointer (&self->focus_before_quote, focus);
      adw_flap_set_reveal_flap (self->quote_flap, TRUE);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->quote_close_button));
}

/* Closed otherwise than by its button (a click beside it, folded). */
static void
on_reveal_flap (FvWindow *self)
{
  if (!adw_flap_get_reveal_flap (self->quote_flap))
    fv_session_set_shown_quote (self->session, NULL);
}

void
fv_window_class_bind_quote_pane (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_flap);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_pane);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_status);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_place);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_paragraph);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_quoted);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_file);
  gtk_widget_class_bind_template_child (widget_class, FvWindow, quote_close_button);
  gtk_widget_class_install_action (widget_class, "win.close-quote", NULL, close_quote_action);
}

void
fv_window_setup_quote_pane (FvWindow *self)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  g_signal_connect_object (self->session, "notify::shown-quote",
                           G_CALLBACK (on_shown_quote_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->quote_flap, "notify::reveal-flap", G_CALLBACK (on_reveal_flap),
                           self, G_CONNECT_SWAPPED);

  /* Escape closes the pane where the focus is in it. */
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                                                          gtk_named_action_new ("win.close-quote")));
  gtk_widget_add_controller (self->quote_pane, shortcuts);
}
