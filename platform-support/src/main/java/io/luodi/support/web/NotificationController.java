package io.luodi.support.web;

import io.luodi.core.user.CurrentUser;
import io.luodi.support.notification.NotificationManagement;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reader's own notifications: the list, the bell's unread count that every page loads into the top
 * navigation, opening one (which marks it read and leads to its ticket) and marking all read. Which projects a
 * reader still sees decides which of their notifications exist for them.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

    private final NotificationManagement notifications;

    NotificationController(NotificationManagement notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("notifications", notifications.page(user, page));
        model.addAttribute("unread", notifications.unreadCount(user));
        return "support/notifications/list";
    }

    /** The htmx partial the layout's bell swaps in. */
    @GetMapping("/bell")
    String bell(CurrentUser user, Model model) {
        model.addAttribute("unread", notifications.unreadCount(user));
        return "support/notifications/bell :: count";
    }

    @GetMapping("/{id}")
    String open(@PathVariable long id, CurrentUser user) {
        return "redirect:" + notifications.open(user, id).path();
    }

    @PostMapping("/read")
    String markAllRead(CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        redirect.addFlashAttribute("message", "notification.allRead");
        return "redirect:/notifications";
    }
}
