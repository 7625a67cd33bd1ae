#pragma once

#include "domain/DateBridge.h"
#include "domain/Enums.h"

#include <QString>

#include <vector>

namespace sl {

// What the roster stage of the demo leaves for the activity stages: the people, their groups
// with the seats they hold, and the expert pool, with the database ids of each.

// How keen a member is: drives attendance, self-study and writings.
enum class DemoDiligence
{
    Low,
    Normal,
    High
};

struct DemoPerson
{
    qint64 id = 0;
    QString name;
    Date joinDate;
    DemoDiligence diligence = DemoDiligence::Normal;
    bool leader = false; // sits in a 中心组 (not as observer)
};

// A membership: a person (index into DemoWorld::people), the role and the first day it holds.
struct DemoSeat
{
    int person = 0;
    GroupRole role = GroupRole::Member;
    Date from;
};

struct DemoGroup
{
    qint64 id = 0;
    bool central = false;
    std::vector<DemoSeat> seats; // the leader first
    int host = 0;                // person who hosts the sessions (组长)
    int recorder = 0;            // person who keeps the minutes (秘书)
};

struct DemoExpert
{
    qint64 id = 0;
    QString name;
};

struct DemoWorld
{
    int year = 0;
    // The last day recorded as done: sessions after it stay planned, no self-study or writing
    // is dated after it (31 December for a past year; today for the current year).
    Date asOf;
    bool district = false; // the large layout
    std::vector<DemoPerson> people;
    std::vector<DemoGroup> groups; // 中心组 first
    std::vector<DemoExpert> experts;
};

} // namespace sl
