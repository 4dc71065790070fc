package io.luodi.web.security;

import io.luodi.core.user.UserManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserManagement users;

    AccountUserDetailsService(UserManagement users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findByUsername(username).map(AccountUserDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** The principal for a user authenticated by other means than a password (an API token). */
    AccountUserDetails loadById(long userId) {
        return new AccountUserDetails(users.get(userId));
    }
}
