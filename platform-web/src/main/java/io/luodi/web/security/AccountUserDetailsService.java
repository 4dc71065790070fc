package io.luodi.web.security;

import io.luodi.core.user.UserManagement;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import java.util.Optional;

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

    /** The principal as stored now, for a token's owner or a session's user; empty if the user is gone. */
    Optional<AccountUserDetails> loadById(long userId) {
        return users.find(userId).map(AccountUserDetails::new);
    }
}
