/* fv-quote-mark.c — how a quotation fared against its source's text, as a button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Once the session knows the text of any source, every quotation carries a
 * small mark: verbatim, found only in another paragraph, differs, or not
 * checked. A checked quotation's mark shows it in its paragraph (the
 * session's shown quotation, which the window's side pane follows); a mark
 * "not checked" offers to check the quotations of its source against a
 * file (the window's win.check-quotes). The colour is never the only sign:
 * each mark says its state in words and with its own icon.
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "fv-quote-mark.h"

typedef struct
{
  FvSession         *session;
  const FvReference *reference;  /* into the session's model */
} MarkClick;

static void
mark_click_free (gpointer  data,
                 GClosure *closure)
{
  MarkClick *click = data;

  g_object_unref (click->session);
  g_free (click);
}

static void
on_clicked (GtkButton *button,
            MarkClick *click)
{
  /* The model it points into is the session's as long as the mark shows:
   * another model rebuilds every page. */
  fv_session_set_shown_quote (click->session, click->reference);
}

/**
 * fv_quote_mark_new:
 * @reference: a reference with quoted words
 *
 * Returns: (nullable): the mark of @reference's quotation, or NULL while no
 *   source of the session has a text
 */
GtkWidget *
fv_quote_mark_new (FvSession         *session,
                   const FvReference *reference)
{
  const FvQuoteCheck *check;
  GtkWidget *button;
  GtkWidget *content;
  g_autofree char *tooltip = NULL;
  const char *label;
  const char *icon;
  const char *style;

  g_return_val_if_fail (FV_IS_SESSION (session), NULL);
  g_return_val_if_fail (reference != NULL && reference->quote != NULL, NULL);

  if (!fv_session_has_quote_checks (session))
    return NULL;

  check = fv_session_find_quote_check (session, reference);
  if (check == NULL)
    {
      /* translators: a quotation's mark: its source has no text to check it against */
      label = _("Not checked");
      icon = "dialog-question-symbolic";
      style = "dim-label";
      tooltip = g_strdup (_("Not checked: check the quotations of this source against a file"));
    }
  else
    switch (check->match.status)
      {
      case FV_QUOTE_VERBATIM:
        /* translators: a quotation's mark: its words are in the paragraph it cites */
        label = _("Verbatim");
        icon = "emblem-ok-symbolic";
        style = "success";
        tooltip = g_strdup_printf (_("Verbatim in paragraph %u of the source text: show it"),
                                   check->match.paragraph);
        break;
      case FV_QUOTE_ELSEWHERE:
        /* translators: a quotation's mark: its words are in another paragraph than it cites */
        label = _("Other paragraph");
        icon = "dialog-warning-symbolic";
        style = "warning";
        tooltip = g_strdup_printf (_("Found only in paragraph %u of the source text: show it"),
                                   check->match.paragraph);
        break;
      case FV_QUOTE_NOT_FOUND:
      default:
        /* translators: a quotation's mark: its words are not in the source text */
        label = _("Differs");
        icon = "emblem-important-symbolic";
        style = "error";
        tooltip = g_strdup (_("Not in the source text: show the closest passage"));
        break;
      }

  content = adw_button_content_new ();
  adw_button_content_set_label (ADW_BUTTON_CONTENT (content), label);
  adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), content);
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_valign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "quote-mark");
  gtk_widget_add_css_class (button, style);

  if (check == NULL)
    {
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", reference->source->id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.check-quotes-of");
    }
  else
    {
      MarkClick *click = g_new0 (MarkClick, 1);

      click->session = g_object_ref (session);
      click->reference = reference;
      g_signal_connect_data (button, "clicked", G_CALLBACK (on_clicked), click,
                             mark_click_free, 0);
    }

  return button;
}
