package org.interlink.members;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/**
 * What the sign-in form sends beside the name and password: the second factor's code (a TOTP code or a recovery code),
 * empty when the person has none yet.
 */
record SignInDetails(String code) implements Serializable {

    static SignInDetails of(HttpServletRequest request) {
        String code = request.getParameter("code");
        return new SignInDetails(code == null ? "" : code.strip());
    }
}
