package io.luodi.web.error;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the size limit fails while the request is parsed, before any controller is chosen, so this
 * advice applies to every handler rather than to controllers only.
 */
@ControllerAdvice
class UploadExceptionHandler {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge() {
        ModelAndView page = new ModelAndView("error", HttpStatus.PAYLOAD_TOO_LARGE);
        page.addObject("status", HttpStatus.PAYLOAD_TOO_LARGE.value());
        page.addObject("errorCode", "upload.too.large");
        page.addObject("errorArguments", new Object[0]);
        return page;
    }
}
