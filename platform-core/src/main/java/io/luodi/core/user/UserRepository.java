package io.luodi.core.user;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface UserRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select count(u) > 0 from UserAccount u where lower(u.username) = lower(:username)")
    boolean existsByUsername(String username);

    List<UserAccount> findAllByOrderByUsernameAsc();

    List<UserAccount> findByOrganisationIdAndEnabledTrueOrderByDisplayNameAsc(long organisationId);
}
